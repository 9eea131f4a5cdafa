import { emptyBusinessContext } from "@/server/api/schemas/business-context";
import { DEFAULT_SCORE_THRESHOLD, defaultScoringWeights } from "@/server/domain/settings/scoring-criteria";
import type { AgentInput, AgentWorkspace } from "../agent";

/** An empty ICP in English with default scoring: what an agent assumes when a test gives no workspace. */
export const defaultWorkspace: AgentWorkspace = {
  language: "en",
  context: emptyBusinessContext,
  scoring: { weights: { ...defaultScoringWeights }, threshold: DEFAULT_SCORE_THRESHOLD },
};

export function workspaceOf(input: Pick<AgentInput, "workspace">): AgentWorkspace {
  return input.workspace ?? defaultWorkspace;
}
