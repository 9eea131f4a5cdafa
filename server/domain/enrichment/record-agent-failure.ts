import { lockWorkspaceEvents } from "@/server/domain/events/publish-event";
import { withScope, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { lockLead } from "./lock-lead";
import { publishStatusUpdate } from "./publish-status-update";
import { upsertAgentRun } from "./upsert-agent-run";
import type { PlannedAgent } from "./start-lead-enrichment";

/** A failed attempt of an agent: its `agent_runs` row and a `status_update` saying whether it will retry. */
export async function recordAgentFailure(
  scope: WorkspaceScope,
  input: { leadId: string; jobId: string | null; agent: PlannedAgent; error: string; reason: string; attempt: number; final: boolean; startedAt: Date },
) {
  await scope.db.transaction(async (tx) => {
    await lockWorkspaceEvents({ db: tx }, scope.workspaceId);
    const txScope = withScope(scope, tx);
    await lockLead(txScope, input.leadId);
    const run = await upsertAgentRun(txScope, {
      leadId: input.leadId,
      jobId: input.jobId,
      agent: input.agent.name,
      status: "failed",
      attempt: input.attempt + 1,
      message: input.final ? `Failed: ${input.error}` : `Attempt ${input.attempt + 1} failed, retrying: ${input.error}`,
      error: input.error,
      errorReason: input.reason,
      startedAt: input.startedAt,
    });
    await publishStatusUpdate(txScope, input, { agent: input.agent.name, label: input.agent.label, status: input.final ? "failed" : "retrying", message: run.message, reason: input.reason, attempt: run.attempt });
  });
}
