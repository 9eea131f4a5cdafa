import type { LeadView } from "@/server/domain/leads/lead-view";

export type BoardMetrics = {
  total: number;
  averageScore: number | null;
  highPotential: number;
  meetingsScheduled: number;
  /** Enriched / (enriched + failed); null before any lead has settled. */
  successRate: number | null;
};

export function boardMetrics(leads: LeadView[]): BoardMetrics {
  let scored = 0;
  let scoreSum = 0;
  let high = 0;
  let meetings = 0;
  let enriched = 0;
  let failed = 0;
  for (const lead of leads) {
    if (lead.score !== null) {
      scored += 1;
      scoreSum += lead.score;
    }
    if (lead.tier === "high") high += 1;
    if (lead.stage === "meeting_scheduled") meetings += 1;
    if (lead.status === "enriched") enriched += 1;
    if (lead.status === "failed") failed += 1;
  }
  return {
    total: leads.length,
    averageScore: scored ? Math.round(scoreSum / scored) : null,
    highPotential: high,
    meetingsScheduled: meetings,
    successRate: enriched + failed ? enriched / (enriched + failed) : null,
  };
}

export function averageScore(leads: LeadView[]): number | null {
  const scores = leads.map((l) => l.score).filter((s): s is number => s !== null);
  return scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
}
