import type { WorkspaceLanguage } from "@/server/api/schemas/settings";

/** Below this much readable text, reasoning agents would be reasoning about nothing. */
export const MIN_READABLE_CHARS = 400;

export type PlanChoice = { plan: "full" | "limited"; reason: string };

export type PlanInputs = {
  /** The ICP fit score, or null when the scorer wrote none. */
  score: number | null;
  threshold: number;
  /** Characters of text read from the lead's site. */
  textChars: number;
  language: WorkspaceLanguage;
  /** Agents in each plan, for the reason's wording. */
  fullCount: number;
  limitedCount: number;
};

/**
 * The hybrid orchestrator's rule: the costly reasoning agents run only for a lead whose fit
 * score reaches the workspace's threshold and whose site gave enough text to reason about;
 * any other lead gets the limited plan. The reason is written for the user, in their language.
 */
export function choosePlan(input: PlanInputs): PlanChoice {
  const pt = input.language === "pt-BR";
  const limited = pt ? `plano limitado, ${input.limitedCount} agentes` : `limited plan, ${input.limitedCount} agents`;
  if (input.score === null) {
    return { plan: "limited", reason: pt ? `Sem pontuação de aderência: agentes de raciocínio pulados (${limited})` : `No fit score: reasoning agents skipped (${limited})` };
  }
  if (input.score < input.threshold) {
    return {
      plan: "limited",
      reason: pt
        ? `Aderência ${input.score}/100 abaixo do seu limite de ${input.threshold}: agentes de raciocínio pulados (${limited})`
        : `Fit ${input.score}/100 is below your threshold of ${input.threshold}: reasoning agents skipped (${limited})`,
    };
  }
  if (input.textChars < MIN_READABLE_CHARS) {
    return {
      plan: "limited",
      reason: pt
        ? `Só ${input.textChars} caracteres de texto puderam ser lidos no site: agentes de raciocínio pulados (${limited})`
        : `Only ${input.textChars} characters of text could be read from the site: reasoning agents skipped (${limited})`,
    };
  }
  return {
    plan: "full",
    reason: pt
      ? `Aderência ${input.score}/100 atinge seu limite de ${input.threshold}: plano completo, ${input.fullCount} agentes`
      : `Fit ${input.score}/100 meets your threshold of ${input.threshold}: full plan, ${input.fullCount} agents`,
  };
}
