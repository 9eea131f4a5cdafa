import { getBusinessContext } from "@/server/domain/business-context/get-business-context";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { getActiveJob } from "./get-job";

export type StartReadiness = {
  businessContext: { ready: boolean; missing: string[] };
  activeRun: { id: string; done: number; of: number } | null;
};

/** What stands between the workspace and a new run: an incomplete ICP, or a run still going. */
export async function getStartReadiness(scope: WorkspaceScope): Promise<StartReadiness> {
  const [context, active] = await Promise.all([getBusinessContext(scope), getActiveJob(scope)]);
  return {
    businessContext: { ready: context.ready, missing: context.missing },
    activeRun: active ? { id: active.id, done: active.enrichedCount + active.failedCount, of: active.foundCount || active.requestedCount } : null,
  };
}
