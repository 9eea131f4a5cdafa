import { and, count, eq, sql } from "drizzle-orm";
import { leadFacts, leads, prospectingJobs } from "@/db/schema";
import { lockWorkspaceEvents, publishEvent } from "@/server/domain/events/publish-event";
import { completeJobIfDone } from "@/server/domain/jobs/complete-job-if-done";
import { toLeadView } from "@/server/domain/leads/lead-view";
import { settleQuota } from "@/server/domain/quota/settle-quota";
import { withScope, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { lockLead } from "./lock-lead";

export type LeadOutcome = { success: true } | { success: false; reason: string; message: string };

/**
 * Ends a lead's enrichment: enriched leads are charged, failed ones refunded, the job's counts
 * move, `lead_enrichment_end` goes out, and the job completes if this was its last lead.
 * Idempotent: a lead that already ended is left as it is.
 */
export async function settleLead(scope: WorkspaceScope, input: { leadId: string; jobId: string | null; outcome: LeadOutcome }): Promise<{ jobCompleted: boolean }> {
  return scope.db.transaction(async (tx) => {
    await lockWorkspaceEvents({ db: tx }, scope.workspaceId);
    const txScope = withScope(scope, tx);
    const lead = await lockLead(txScope, input.leadId);
    if (lead.status === "enriched" || lead.status === "failed") return { jobCompleted: false };
    const { outcome } = input;
    const [facts] = await tx.select({ n: count() }).from(leadFacts).where(eq(leadFacts.leadId, input.leadId));
    const [row] = await tx
      .update(leads)
      .set({
        status: outcome.success ? "enriched" : "failed",
        currentAgent: null,
        statusMessage: outcome.success ? `Enriched with ${facts!.n} facts` : outcome.message,
        error: outcome.success ? null : outcome.message,
        updatedAt: new Date(),
      })
      .where(eq(leads.id, input.leadId))
      .returning();

    if (input.jobId) {
      await settleQuota(txScope, {
        jobId: input.jobId,
        leadId: input.leadId,
        kind: outcome.success ? "charge" : "refund",
        amount: 1,
        reason: outcome.success ? `${lead.domain} enriched` : `${lead.domain} ${outcome.reason === "duplicate" ? "already known" : "failed"}: ${outcome.message}`,
      });
      await tx
        .update(prospectingJobs)
        .set(
          outcome.success
            ? { enrichedCount: sql`${prospectingJobs.enrichedCount} + 1`, charged: sql`${prospectingJobs.charged} + 1` }
            : { failedCount: sql`${prospectingJobs.failedCount} + 1`, refunded: sql`${prospectingJobs.refunded} + 1` },
        )
        .where(and(eq(prospectingJobs.id, input.jobId), eq(prospectingJobs.workspaceId, scope.workspaceId)));
    }
    await publishEvent(txScope, {
      workspaceId: scope.workspaceId,
      jobId: input.jobId,
      leadId: input.leadId,
      type: "lead_enrichment_end",
      payload: outcome.success
        ? { success: true, lead: toLeadView(row!), facts: facts!.n }
        : { success: false, lead: toLeadView(row!), reason: outcome.reason, error: outcome.message },
    });
    return { jobCompleted: input.jobId ? await completeJobIfDone(txScope, input.jobId) : false };
  });
}
