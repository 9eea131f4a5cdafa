import { scoringProfiles } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { toScoringProfileView, type ScoringProfileView } from "./get-scoring-profile";
import { weightsProblem, type ScoringWeights } from "./scoring-criteria";

/** Replaces the workspace's scoring profile; weights that do not make exactly 100 are refused whole. */
export async function saveScoringProfile(scope: WorkspaceScope, input: { weights: ScoringWeights; threshold: number }): Promise<ScoringProfileView> {
  const problem = weightsProblem(input.weights);
  if (problem) throw new AppError("INVALID_INPUT", problem, "weights");
  if (!Number.isInteger(input.threshold) || input.threshold < 0 || input.threshold > 100) {
    throw new AppError("INVALID_INPUT", "Threshold: use a whole number from 0 to 100.", "threshold");
  }
  const values = { weights: input.weights, threshold: input.threshold, updatedAt: new Date() };
  const [row] = await scope.db
    .insert(scoringProfiles)
    .values({ workspaceId: scope.workspaceId, ...values })
    .onConflictDoUpdate({ target: scoringProfiles.workspaceId, set: values })
    .returning();
  return toScoringProfileView(row);
}
