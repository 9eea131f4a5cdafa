/**
 * The ICP fit scorer's named criteria: a lead's 0–100 score is the sum over these of
 * (how well the lead meets the criterion, 0–1) × (the workspace's weight). Plain values, so the
 * settings form, the scorer and its tests all read the same list.
 */

export type Localized = { en: string; "pt-BR": string };

export const scoringCriterionIds = ["industry_fit", "geography_fit", "company_size_fit", "buying_signals", "tech_fit", "reachability"] as const;
export type ScoringCriterionId = (typeof scoringCriterionIds)[number];
export type ScoringWeights = Record<ScoringCriterionId, number>;

export type ScoringCriterion = { id: ScoringCriterionId; defaultWeight: number; label: Localized; description: Localized };

export const scoringCriteria: readonly ScoringCriterion[] = [
  {
    id: "industry_fit",
    defaultWeight: 25,
    label: { en: "Industry fit", "pt-BR": "Aderência ao setor" },
    description: { en: "The company works in one of your focus industries.", "pt-BR": "A empresa atua em um dos setores que você prioriza." },
  },
  {
    id: "geography_fit",
    defaultWeight: 15,
    label: { en: "Geography fit", "pt-BR": "Aderência geográfica" },
    description: { en: "The company is based or operates in your target regions.", "pt-BR": "A empresa tem sede ou opera nas regiões que você atende." },
  },
  {
    id: "company_size_fit",
    defaultWeight: 15,
    label: { en: "Company size fit", "pt-BR": "Porte da empresa" },
    description: { en: "Its headcount matches the size of your ideal customer.", "pt-BR": "O número de funcionários corresponde ao porte do seu cliente ideal." },
  },
  {
    id: "buying_signals",
    defaultWeight: 20,
    label: { en: "Buying signals", "pt-BR": "Sinais de compra" },
    description: { en: "Recent hiring, funding, expansion or news that suggest a need now.", "pt-BR": "Contratações, investimentos, expansão ou notícias recentes que indicam uma necessidade agora." },
  },
  {
    id: "tech_fit",
    defaultWeight: 10,
    label: { en: "Technology fit", "pt-BR": "Aderência tecnológica" },
    description: { en: "Its tech stack works with, or is replaced by, what you sell.", "pt-BR": "As tecnologias que usa combinam com o que você vende, ou são substituídas por ele." },
  },
  {
    id: "reachability",
    defaultWeight: 15,
    label: { en: "Reachability", "pt-BR": "Facilidade de contato" },
    description: { en: "A named decision maker or a working business email was found.", "pt-BR": "Encontramos um decisor identificado ou um e-mail comercial válido." },
  },
];

export const WEIGHTS_TOTAL = 100;
export const DEFAULT_SCORE_THRESHOLD = 50;

export const defaultScoringWeights = Object.fromEntries(scoringCriteria.map((c) => [c.id, c.defaultWeight])) as ScoringWeights;

export function sumWeights(weights: Partial<Record<ScoringCriterionId, number>>): number {
  return scoringCriterionIds.reduce((total, id) => total + (weights[id] ?? 0), 0);
}

/** Why these weights cannot be saved, or null: whole numbers 0–100 that add up to exactly 100. */
export function weightsProblem(weights: Partial<Record<ScoringCriterionId, number>>): string | null {
  for (const criterion of scoringCriteria) {
    const weight = weights[criterion.id];
    if (weight === undefined || !Number.isInteger(weight) || weight < 0 || weight > WEIGHTS_TOTAL) {
      return `${criterion.label.en}: use a whole number from 0 to ${WEIGHTS_TOTAL}.`;
    }
  }
  const total = sumWeights(weights);
  if (total === WEIGHTS_TOTAL) return null;
  const gap = WEIGHTS_TOTAL - total;
  return `The weights add up to ${total}; they must add up to exactly ${WEIGHTS_TOTAL} (${gap > 0 ? `${gap} to add` : `${-gap} to take away`}).`;
}
