import { labelsEn } from "@/components/i18n/labels-en";
import { labelsPtBr } from "@/components/i18n/labels-pt-br";
import { type LeadStage, type LeadTier, leadTiers } from "@/db/schema/lead-values";
import type { Localized } from "@/server/domain/settings/scoring-criteria";
import type { Agent } from "./agent";
import { defaultWorkspace } from "./reasoning/workspace-defaults";
import { tierForScore } from "./scoring/tier-bands";

/** Where a scored lead goes on the board: the better the fit, the nearer to first contact. */
export const stageForTier: Record<LeadTier, LeadStage> = {
  high: "in_review",
  medium: "possibly_qualified",
  low: "qualification",
  not_qualified: "disqualified",
};

/** The `stage.route` fact's value. */
export type StageRoute = { stage: LeadStage; tier: LeadTier | null; reason: string };

const stageNames = { en: labelsEn.stages, "pt-BR": labelsPtBr.stages } as const;
const fitNames: Record<LeadTier, Localized> = {
  high: { en: "High fit", "pt-BR": "Aderência alta" },
  medium: { en: "Medium fit", "pt-BR": "Aderência média" },
  low: { en: "Low fit", "pt-BR": "Aderência baixa" },
  not_qualified: { en: "Not a fit", "pt-BR": "Sem aderência" },
};
const isTier = (value: unknown): value is LeadTier => leadTiers.includes(value as LeadTier);

/**
 * Moves the lead to the stage its fit tier calls for (`stageForTier`), using the latest `score.fit`
 * fact. A lead with no score stays in Prospecting, and the reason says so, rather than being
 * judged on nothing.
 */
export const stageRouter: Agent = {
  name: "stage-router",
  label: "Stage router",
  kind: "deterministic",
  async run({ facts, workspace = defaultWorkspace }) {
    const language = workspace.language;
    const fit = facts.filter((fact) => fact.key === "score.fit").at(-1);
    const value = fit?.value as { tier?: unknown; score?: unknown } | undefined;
    // A score whose tier is missing or unknown is still a score: its band decides.
    const tier = isTier(value?.tier) ? value.tier : typeof value?.score === "number" ? tierForScore(value.score) : null;
    const stage = tier ? stageForTier[tier] : "prospecting";
    const stageName = stageNames[language][stage];
    const score = typeof value?.score === "number" ? ` (${value.score}/100)` : "";
    const reason = !tier
      ? { en: `No fit score yet: the lead stays in ${stageName} until it is scored`, "pt-BR": `Ainda sem pontuação de aderência: o lead fica em ${stageName} até ser pontuado` }[language]
      : { en: `${fitNames[tier].en}${score}: moved to ${stageName}`, "pt-BR": `${fitNames[tier]["pt-BR"]}${score}: movido para ${stageName}` }[language];
    const route: StageRoute = { stage, tier, reason };
    return { facts: [{ key: "stage.route", value: route, method: "parsed", sourceUrl: fit?.sourceUrl ?? null, confidence: fit ? fit.confidence : 1 }], message: reason, lead: { stage } };
  },
};
