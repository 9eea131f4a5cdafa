import type { BusinessContextInput } from "@/server/api/schemas/business-context";
import { parseCount } from "../profiler/parse-count";
import { foldText } from "./fold-text";

/** The headcount the ICP asks for; `max` null means open-ended. `quote` is what the ICP said. */
export type SizeRange = { min: number; max: number | null; quote: string; assumed: boolean };

const count = String.raw`(\d{1,3}(?:[.,]\d{3})+|\d+)(k)?`;
const people = String.raw`\s*\+?\s*(?:employees|employee|staff|people|workers|headcount|funcionarios|colaboradores|pessoas|empregados)`;
const patterns: { re: RegExp; read: (m: RegExpExecArray) => [number | null, number | null] }[] = [
  { re: new RegExp(String.raw`(?:between|entre|from|de)?\s*${count}\s*(?:to|a|ate|and|e|-|–)\s*${count}${people}`), read: (m) => [n(m[1], m[2]), n(m[3], m[4])] },
  { re: new RegExp(String.raw`(?:over|more than|above|at least|mais de|acima de|pelo menos|no minimo)\s*${count}${people}`), read: (m) => [n(m[1], m[2]), null] },
  { re: new RegExp(String.raw`${count}\s*\+${people}`), read: (m) => [n(m[1], m[2]), null] },
  { re: new RegExp(String.raw`(?:up to|under|fewer than|less than|ate|menos de|no maximo)\s*${count}${people}`), read: (m) => [1, n(m[1], m[2])] },
];

function n(digits: string | undefined, thousands: string | undefined): number | null {
  const value = digits ? parseCount(digits) : null;
  return value === null ? null : thousands ? value * 1000 : value;
}

// Size words without numbers, read as the bands sales teams usually mean by them.
const words: { re: RegExp; min: number; max: number | null }[] = [
  { re: /\b(pequenas e medias|small and mid-?sized|smbs?|smes?|pmes?)\b/, min: 1, max: 499 },
  { re: /\b(mid-?sized?|midsize|mid-?market|medio porte|medias empresas|middle market)\b/, min: 50, max: 999 },
  { re: /\b(enterprises?|large companies|grandes empresas|grande porte)\b/, min: 1000, max: null },
  { re: /\b(small businesses|small companies|pequenas empresas|pequeno porte)\b/, min: 1, max: 49 },
];

/**
 * The employee range the ICP's own words give ("50 to 1,000 employees", "50 a 1.000
 * funcionários", "200+ employees"), looking at the ideal customer first; size words
 * ("mid-sized") count only when no number is given, and are marked as assumed.
 */
export function parseSizeRange(context: Pick<BusinessContextInput, "idealCustomer" | "targetMarket">): SizeRange | null {
  const texts = [context.idealCustomer, context.targetMarket];
  for (const text of texts) {
    const folded = foldText(text);
    for (const { re, read } of patterns) {
      const match = re.exec(folded);
      if (!match) continue;
      const [min, max] = read(match);
      // Folding keeps positions for ordinary text, so the quote can keep the ICP's own spelling.
      const quote = folded.length === text.length ? text.slice(match.index, match.index + match[0].length) : match[0];
      if (min !== null && (max === null || max >= min)) return { min, max, quote: quote.trim(), assumed: false };
    }
  }
  for (const text of texts) {
    const folded = foldText(text);
    const word = words.find(({ re }) => re.test(folded));
    const quote = word ? word.re.exec(folded)?.[0] : undefined;
    if (word && quote) return { min: word.min, max: word.max, quote, assumed: true };
  }
  return null;
}
