import type { AgentInput } from "../agent";

/**
 * What the ICP fit scorer writes, in its shapes, by hand: tests of later agents must not hang on
 * its rules. A high fit (78 unless said) with the given breakdown, and the why-now unless null.
 */
export function withScore(input: AgentInput, whyNow: string | null, fit: { score?: number; breakdown?: object[] } = {}): AgentInput {
  const { score = 78, breakdown = [] } = fit;
  input.facts.push({ key: "score.fit", agent: "icp-fit-scorer", method: "parsed", sourceUrl: null, confidence: 0.8, value: { score, tier: "high", threshold: 50, breakdown } });
  if (whyNow) input.facts.push({ key: "score.why_now", agent: "icp-fit-scorer", method: "parsed", sourceUrl: null, confidence: 0.8, value: { text: whyNow, factKey: "signal.expansion" } });
  return input;
}
