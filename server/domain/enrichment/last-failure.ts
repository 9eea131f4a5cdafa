import { and, desc, eq } from "drizzle-orm";
import { agentRuns } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import type { LeadOutcome } from "./settle-lead";

/** Why a lead failed, from the agent run that gave up: what the card and the refund say. */
export async function lastFailure(scope: WorkspaceScope, leadId: string, fallback: string): Promise<Extract<LeadOutcome, { success: false }>> {
  const [run] = await scope.db
    .select({ agent: agentRuns.agent, error: agentRuns.error, reason: agentRuns.errorReason })
    .from(agentRuns)
    .where(and(eq(agentRuns.leadId, leadId), eq(agentRuns.workspaceId, scope.workspaceId), eq(agentRuns.status, "failed")))
    .orderBy(desc(agentRuns.finishedAt))
    .limit(1);
  return { success: false, reason: run?.reason ?? "pipeline_error", message: run?.error ?? fallback };
}
