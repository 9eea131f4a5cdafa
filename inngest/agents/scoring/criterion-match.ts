import type { Localized } from "@/server/domain/settings/scoring-criteria";

/**
 * How well a lead meets one criterion (0..1), said in both workspace languages, with the fact
 * keys it rests on. `known` is false when there was no evidence either way (an unknown headcount),
 * which lowers the score's confidence rather than pretending to a finding. `outside` marks a
 * found mismatch (a sector or country the ICP does not name), as opposed to a gap.
 */
export type CriterionMatch = { match: number; evidence: Localized; factKeys: string[]; known: boolean; outside: boolean };

export function criterionMatch(match: number, evidence: Localized, factKeys: string[], known = true): CriterionMatch {
  return { match: Math.max(0, Math.min(1, match)), evidence, factKeys, known, outside: false };
}

export function outsideFocus(evidence: Localized, factKeys: string[]): CriterionMatch {
  return { ...criterionMatch(0, evidence, factKeys), outside: true };
}
