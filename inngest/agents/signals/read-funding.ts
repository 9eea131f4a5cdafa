import type { Post } from "./read-posts";
import { readAmount } from "./read-amount";

export type FundingSignal = { round: string | null; amount: number | null; currency: string | null; date: string | null; sourceUrl: string; quote: string };

const rounds: [RegExp, string][] = [
  [/\bpre-?seed\b|\bpr[ée]-?seed\b/i, "Pre-seed"],
  [/\b(seed round|rodada seed|seed funding|seed investment|investimento seed)\b/i, "Seed"],
  [/\b(?:[Ss]eries|S[ée]rie|s[ée]rie)\s+([A-F])\b/, "Series"],
  [/\bgrowth (investment|round|equity)\b/i, "Growth"],
  [/\binvestimento[- ]anjo|\bangel round\b/i, "Angel"],
];
// Verbs of raising money; a grant received, a dividend paid or capex "invested" is not a round.
const raised = /\b(rais(e|ed|es|ing)|closed a|secured|funding round|capt(a|ou|amos|ação)|aporte|rodada)\b/i;

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/);

/** A funding round a post announces: round type, amount and currency when stated, and the sentence saying so. */
export function readFunding(post: Post): FundingSignal | null {
  const all = sentences(post.text);
  const quote = all.find((s) => raised.test(s) && (rounds.some(([re]) => re.test(s)) || readAmount(s))) ?? all.find((s) => rounds.slice(2).some(([re]) => re.test(s)) && readAmount(s));
  if (!quote) return null;
  let round: string | null = null;
  for (const [re, label] of rounds) {
    const m = re.exec(post.text);
    if (m) { round = label === "Series" ? `Series ${(m[1] ?? "").toUpperCase()}` : label; break; }
  }
  const money = readAmount(quote) ?? readAmount(post.title);
  return { round, amount: money?.amount ?? null, currency: money?.currency ?? null, date: post.date, sourceUrl: post.url, quote: quote.slice(0, 300) };
}
