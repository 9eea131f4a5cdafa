import { z } from "zod";
import type { workspaceLanguages as dbLanguages } from "@/db/schema/workspaces";
import { scoringCriteria, weightsProblem, type ScoringCriterionId } from "@/server/domain/settings/scoring-criteria";

export const workspaceLanguages = ["en", "pt-BR"] as const satisfies readonly (typeof dbLanguages)[number][];
export type WorkspaceLanguage = (typeof workspaceLanguages)[number];

const percent = (what: string) =>
  z
    .number({ error: `${what}: enter a whole number from 0 to 100` })
    .int(`${what}: use a whole number from 0 to 100`)
    .min(0, `${what}: use a number from 0 to 100`)
    .max(100, `${what}: use a number from 0 to 100`);

const weightsShape = Object.fromEntries(scoringCriteria.map((c) => [c.id, percent(c.label.en)])) as Record<ScoringCriterionId, ReturnType<typeof percent>>;

/** Every criterion is named (no more, no fewer), and together they make exactly 100. */
export const scoringProfileInput = z.object({
  weights: z.strictObject(weightsShape).superRefine((weights, ctx) => {
    const problem = weightsProblem(weights);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  threshold: percent("Threshold"),
});
export type ScoringProfileInput = z.infer<typeof scoringProfileInput>;

export const languageInput = z.object({
  language: z.enum(workspaceLanguages, { error: `Choose a language: ${workspaceLanguages.join(" or ")}` }),
});
export type LanguageInput = z.infer<typeof languageInput>;
