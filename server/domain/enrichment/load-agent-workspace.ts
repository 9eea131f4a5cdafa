import type { AgentWorkspace } from "@/inngest/agents/agent";
import { getBusinessContext } from "@/server/domain/business-context/get-business-context";
import { getScoringProfile } from "@/server/domain/settings/get-scoring-profile";
import { getWorkspaceSettings } from "@/server/domain/settings/get-workspace-settings";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

/** What agents know about the workspace they work for: its ICP, scoring profile and language. */
export async function loadAgentWorkspace(scope: WorkspaceScope): Promise<AgentWorkspace> {
  const [{ ready: _ready, missing: _missing, ...context }, profile, settings] = await Promise.all([getBusinessContext(scope), getScoringProfile(scope), getWorkspaceSettings(scope)]);
  return { language: settings.language, context, scoring: { weights: profile.weights, threshold: profile.threshold } };
}
