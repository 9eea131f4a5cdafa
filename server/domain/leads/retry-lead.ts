import { and, eq, sql } from "drizzle-orm";
import { agentRuns, leads, prospectingJobs } from "@/db/schema";
import { lockWorkspaceEvents, publishEvent } from "@/server/domain/events/publish-event";
import { lockLead } from "@/server/domain/enrichment/lock-lead";
import { reserveQuota } from "@/server/domain/quota/reserve-quota";
import { settleQuota } from "@/server/domain/quota/settle-quota";
import { withScope, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { toLeadView, type LeadView } from "./lead-view";

/**
 * Runs a failed lead's enrichment again: one credit is reserved (charged only if it succeeds),
 * agents that already succeeded keep their results, and the card goes back to the processing
 * column. Only failed leads that came from a run can be retried.
 */
export async function retryLead(scope: WorkspaceScope, leadId: string, deps: { enqueue: (lead: LeadView) => Promise<void> }): Promise<LeadView> {
  const lead = await scope.db.transaction(async (tx) => {
    const txScope = withScope(scope, tx);
    await lockWorkspaceEvents({ db: tx }, scope.workspaceId);
    const row = await lockLead(txScope, leadId).catch(() => {
      throw new AppError("NOT_FOUND", "That lead is no longer on your board.");
    });
    if (row.status !== "failed") throw new AppError("CONFLICT", `${row.companyName ?? row.domain} has not failed, so there is nothing to retry.`);
    if (!row.jobId) throw new AppError("PRECONDITION_FAILED", "Only leads found by a prospecting run can be retried.");
    await reserveQuota(txScope, { jobId: row.jobId, amount: 1 });
    await tx
      .update(prospectingJobs)
      .set({ failedCount: sql`greatest(${prospectingJobs.failedCount} - 1, 0)`, reserved: sql`${prospectingJobs.reserved} + 1` })
      .where(and(eq(prospectingJobs.id, row.jobId), eq(prospectingJobs.workspaceId, scope.workspaceId)));
    await tx.delete(agentRuns).where(and(eq(agentRuns.leadId, leadId), eq(agentRuns.status, "failed")));
    const [updated] = await tx
      .update(leads)
      .set({ status: "queued", error: null, currentAgent: null, statusMessage: "Queued for a retry", progressDone: 0, plan: null, planReason: null, updatedAt: new Date() })
      .where(eq(leads.id, leadId))
      .returning();
    const view = toLeadView(updated!);
    await publishEvent(txScope, { workspaceId: scope.workspaceId, jobId: row.jobId, leadId, type: "lead_updated", payload: { lead: view, change: { kind: "retry" } } });
    return view;
  });
  try {
    await deps.enqueue(lead);
  } catch (error) {
    await scope.db.transaction(async (tx) => {
      const txScope = withScope(scope, tx);
      await lockWorkspaceEvents({ db: tx }, scope.workspaceId);
      await tx.update(leads).set({ status: "failed", error: "The retry could not start: the job engine is not reachable." }).where(eq(leads.id, leadId));
      await settleQuota(txScope, { jobId: lead.jobId!, leadId, kind: "refund", amount: 1, reason: "retry could not start" });
    });
    console.error("[leads] could not enqueue retry", leadId, error);
    throw new AppError("UNAVAILABLE", "The job engine is not reachable right now, so the retry did not start and nothing was charged.");
  }
  return lead;
}
