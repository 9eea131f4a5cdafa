import type { LeadTier } from "@/db/schema/lead-values";
import { type Localized, scoringCriteria, type ScoringCriterionId } from "@/server/domain/settings/scoring-criteria";
import type { AgentWorkspace } from "../agent";
import type { CriterionMatch } from "./criterion-match";
import type { LeadFacts } from "./lead-facts";
import { matchBuyingSignals } from "./match-buying-signals";
import { matchCompanySize } from "./match-company-size";
import { matchGeography } from "./match-geography";
import { matchIndustry } from "./match-industry";
import { matchReachability } from "./match-reachability";
import { matchTech } from "./match-tech";
import type { WeighedSignal } from "./signal-recency";
import { tierForScore } from "./tier-bands";

export type FitBreakdownItem = {
  criterion: ScoringCriterionId;
  label: string;
  weight: number;
  /** 0..1, two decimals. */
  match: number;
  /** match × weight, one decimal; 0 when the weight is 0. */
  points: number;
  evidence: string;
  factKeys: string[];
};

/** The `score.fit` fact's value. */
export type FitScore = { score: number; tier: LeadTier; threshold: number; breakdown: FitBreakdownItem[] };

export type ScoredLead = {
  fit: FitScore;
  /** Why signals, tech and reachability were not counted (see `approachCriteria`), or null. */
  outsideMarket: Localized | null;
  /** Share of the weight whose criteria had evidence either way (0..1). */
  evidenceShare: number;
  /** Buying signals by worth now, best first. */
  signals: WeighedSignal[];
};

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * Criteria that say when and how to approach a company, not whether it is one you sell to. They
 * count only for a company in your market: hiring, a modern stack and a named CEO would otherwise
 * lift a clinic or a law firm (with the right size and country) over the threshold, above
 * the manufacturer you want. A sector or country found outside your focus sets them to 0;
 * one not found does not (absence of evidence is not a mismatch).
 */
export const approachCriteria: readonly ScoringCriterionId[] = ["buying_signals", "tech_fit", "reachability"];
const marketReasons: Partial<Record<ScoringCriterionId, Localized>> = {
  industry_fit: { en: "outside your focus industries", "pt-BR": "fora dos seus setores de foco" },
  geography_fit: { en: "outside your target regions", "pt-BR": "fora das suas regiões de atuação" },
};

function outsideMarket(matches: Record<ScoringCriterionId, CriterionMatch>, weights: AgentWorkspace["scoring"]["weights"]): Localized | null {
  const reasons = Object.entries(marketReasons)
    .filter(([id]) => (weights[id as ScoringCriterionId] ?? 0) > 0 && matches[id as ScoringCriterionId].outside)
    .map(([, reason]) => reason);
  if (reasons.length === 0) return null;
  return { en: reasons.map((r) => r.en).join(" and "), "pt-BR": reasons.map((r) => r["pt-BR"]).join(" e ") };
}

function notCounted(match: CriterionMatch, reason: Localized): CriterionMatch {
  if (match.match === 0) return match;
  const said = (language: keyof Localized, lead: string) => `${match.evidence[language]} — ${lead} ${reason[language]}`;
  return { ...match, match: 0, evidence: { en: said("en", "not counted: the company is"), "pt-BR": said("pt-BR", "não conta: a empresa está") } };
}

/** Each criterion's match from the lead's facts, weighted by the workspace's scoring profile. */
export function scoreLead(facts: LeadFacts, domain: string, workspace: AgentWorkspace, now: Date): ScoredLead {
  const { context, scoring, language } = workspace;
  const signals = matchBuyingSignals(facts, now);
  const matches: Record<ScoringCriterionId, CriterionMatch> = {
    industry_fit: matchIndustry(facts, context),
    geography_fit: matchGeography(facts, context, domain),
    company_size_fit: matchCompanySize(facts, context),
    buying_signals: signals,
    tech_fit: matchTech(facts, context),
    reachability: matchReachability(facts, domain),
  };
  const outside = outsideMarket(matches, scoring.weights);
  if (outside) for (const id of approachCriteria) matches[id] = notCounted(matches[id], outside);
  let total = 0;
  let weighed = 0;
  let evidenced = 0;
  const breakdown = scoringCriteria.map(({ id, label }) => {
    const { match, evidence, factKeys, known } = matches[id];
    const weight = Math.max(0, scoring.weights[id] ?? 0);
    total += match * weight;
    weighed += weight;
    if (known) evidenced += weight;
    return { criterion: id, label: label[language], weight, match: round(match, 2), points: round(match * weight, 1), evidence: evidence[language], factKeys };
  });
  const score = Math.max(0, Math.min(100, Math.round(total)));
  return {
    fit: { score, tier: tierForScore(score), threshold: scoring.threshold, breakdown },
    outsideMarket: outside,
    evidenceShare: weighed === 0 ? 0 : evidenced / weighed,
    signals: signals.ranked,
  };
}
