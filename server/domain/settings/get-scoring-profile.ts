import { eq } from "drizzle-orm";
import { scoringProfiles } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { DEFAULT_SCORE_THRESHOLD, defaultScoringWeights, scoringCriterionIds, weightsProblem, type ScoringWeights } from "./scoring-criteria";

export type ScoringProfileView = {
  weights: ScoringWeights;
  /** Reasoning agents run only for leads scoring at or above this. */
  threshold: number;
  /** True while the workspace has not saved a profile of its own. */
  isDefault: boolean;
  updatedAt: Date | null;
};

export function toScoringProfileView(row: typeof scoringProfiles.$inferSelect | undefined): ScoringProfileView {
  if (!row) return { weights: { ...defaultScoringWeights }, threshold: DEFAULT_SCORE_THRESHOLD, isDefault: true, updatedAt: null };
  const weights = Object.fromEntries(scoringCriterionIds.map((id) => [id, row.weights[id] ?? 0])) as ScoringWeights;
  // Saves are validated, so this only trips if the criteria list changed since: a profile that no
  // longer adds up to 100 would skew every score, and the defaults are the honest fallback.
  if (weightsProblem(weights)) return { weights: { ...defaultScoringWeights }, threshold: row.threshold, isDefault: true, updatedAt: row.updatedAt };
  return { weights, threshold: row.threshold, isDefault: false, updatedAt: row.updatedAt };
}

/** The workspace's ICP fit weights and reasoning threshold, or the defaults before it saves any. */
export async function getScoringProfile(scope: WorkspaceScope): Promise<ScoringProfileView> {
  const [row] = await scope.db.select().from(scoringProfiles).where(eq(scoringProfiles.workspaceId, scope.workspaceId));
  return toScoringProfileView(row);
}
