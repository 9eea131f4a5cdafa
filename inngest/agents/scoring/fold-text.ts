/** Lower case without accents, so "Logística" and "logistica" (and "EUA"/"eua") compare equal. */
export function foldText(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where `term` occurs in `text` as whole words, compared folded, returned as the text spells it
 * ("Logística" for the term "logistica"), or null. Plurals are separate terms: "store" is not
 * found in "stores", nor "retail" inside "retailer".
 */
export function findTerm(text: string, term: string): string | null {
  return locateTerm(text, term)?.quote ?? null;
}

/** `findTerm` with where the words start, so the earliest of several terms can be quoted. */
export function locateTerm(text: string, term: string): { quote: string; index: number } | null {
  // Fold one character at a time so a match in the folded text maps back to the original.
  const origin: number[] = [];
  let folded = "";
  Array.from(text).reduce((offset, char) => {
    const part = foldText(char);
    folded += part;
    for (let i = 0; i < part.length; i += 1) origin.push(offset);
    return offset + char.length;
  }, 0);
  const match = new RegExp(`(^|[^a-z0-9])(${escapeRegExp(foldText(term))})(?=$|[^a-z0-9])`).exec(folded);
  if (!match) return null;
  const start = match.index + (match[1]?.length ?? 0);
  const end = start + (match[2]?.length ?? 0);
  const index = origin[start] ?? 0;
  return { quote: text.slice(index, end < origin.length ? origin[end] : text.length), index };
}

export function hasTerm(text: string, term: string): boolean {
  return findTerm(text, term) !== null;
}
