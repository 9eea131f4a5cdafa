import { compactName } from "./compact-name";
import { domainLabelParts } from "./refers-to-company";

const nameWord = /^(?:\p{Lu}|\d)|^(?:&|and|e|de|do|da|dos|das|of|the)$/u;

/**
 * The segment of a <title> or heading that is the company's name, or null: titles are as often
 * slogans or page names, so a segment counts only when it matches the domain ("Acme Widgets" on
 * acmewidgets.com), adds a short suffix ("Acme Ltda"), or, set apart from a page name or slogan,
 * starts with the domain's words and goes on in name-like words ("Valadão & Muniz Advogados
 * Associados | Advocacia empresarial desde 1991" on valadaomuniz.adv.br).
 */
export function nameMatchingDomain(text: string, domain: string): string | null {
  const parts = domainLabelParts(domain);
  const segments = text
    .split(/\s+[|\-–—·•:]+\s+/)
    .map((segment) => segment.replace(/\s+/g, " ").trim())
    .filter((segment) => compactName(segment).length >= 3 && segment.length <= 80);
  const best = segments
    .map((segment) => ({ segment, score: score(segment, parts, segments.length > 1) }))
    .sort((a, b) => b.score - a.score)[0];
  return best && best.score > 0 ? best.segment : null;
}

function score(segment: string, parts: string[], setApart: boolean): number {
  const value = compactName(segment);
  const target = parts.join("");
  if (value === target) return 3;
  // A longer segment may add a suffix ("Acme Ltda") but not a sentence ("Acme helps you grow").
  if (target.startsWith(value) || (value.startsWith(target) && value.length <= target.length + 6)) return 2;
  return setApart && coversDomain(segment, parts) ? 1 : 0;
}

/** The segment opens with the domain's words, each spelled by whole words, and reads as a name throughout. */
function coversDomain(segment: string, parts: string[]): boolean {
  const words = segment.split(" ");
  if (words.length > 7 || !words.every((word) => nameWord.test(word))) return false;
  const spelled = words.map(compactName);
  let at = 0;
  for (const [index, part] of parts.entries()) {
    let joined = "";
    const start = index === 0 ? 0 : spelled.findIndex((word, i) => i >= at && part.startsWith(word) && word !== "");
    if (start < 0) return false;
    for (at = start; at < spelled.length && joined.length < part.length; at += 1) joined += spelled[at];
    if (joined !== part) return false;
  }
  return true;
}
