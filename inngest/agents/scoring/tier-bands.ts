import type { LeadTier } from "@/db/schema/lead-values";

/** The lowest score of each tier, best first: a score takes the first band it reaches. */
export const tierBands: readonly { tier: LeadTier; minScore: number }[] = [
  { tier: "high", minScore: 75 },
  { tier: "medium", minScore: 50 },
  { tier: "low", minScore: 25 },
  { tier: "not_qualified", minScore: 0 },
];

export function tierForScore(score: number): LeadTier {
  return tierBands.find((band) => score >= band.minScore)?.tier ?? "not_qualified";
}
