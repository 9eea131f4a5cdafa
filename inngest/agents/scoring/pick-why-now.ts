import type { WorkspaceLanguage } from "@/server/api/schemas/settings";
import type { Fact } from "../agent";
import type { WeighedSignal } from "./signal-recency";

/** The `score.why_now` fact's value: one line, the fact it cites, and that signal's date. */
export type WhyNow = { text: string; factKey: string; date?: string };

// A signal worth less than this now (a post over a year old) is history, not a reason to call today.
const MIN_RECENCY = 0.3;

/** The strongest recent signal as one line citing its source, or null when nothing is recent. */
export function whyNowFact(ranked: WeighedSignal[], language: WorkspaceLanguage): Fact | null {
  const best = ranked.find((signal) => signal.recency >= MIN_RECENCY);
  if (!best) return null;
  const value: WhyNow = { text: best.text[language], factKey: best.factKey, ...(best.date ? { date: best.date } : {}) };
  return { key: "score.why_now", value, method: "parsed", sourceUrl: best.sourceUrl, confidence: best.confidence };
}
