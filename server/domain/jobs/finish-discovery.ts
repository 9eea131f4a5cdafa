import { lockWorkspaceEvents } from "@/server/domain/events/publish-event";
import { and, eq } from "drizzle-orm";
import { prospectingJobs } from "@/db/schema";
import { settleQuota } from "@/server/domain/quota/settle-quota";
import { withScope, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { completeJobIfDone } from "./complete-job-if-done";

/**
 * Discovery is over: reservations for companies that were never found go back at once, so the
 * meter is right while enrichment goes on, and the job completes if its leads already have.
 */
export async function finishDiscovery(scope: WorkspaceScope, jobId: string): Promise<{ completed: boolean }> {
  return scope.db.transaction(async (tx) => {
    await lockWorkspaceEvents({ db: tx }, scope.workspaceId);
    const txScope = withScope(scope, tx);
    const [job] = await tx
      .select()
      .from(prospectingJobs)
      .where(and(eq(prospectingJobs.id, jobId), eq(prospectingJobs.workspaceId, scope.workspaceId)))
      .for("update");
    if (!job) throw new Error(`job ${jobId} not found`);
    if (!job.discoveryFinishedAt) {
      const unfound = job.requestedCount - job.foundCount;
      if (unfound > 0) {
        const reason = job.duplicateCount > 0 ? `${unfound} not found (${job.duplicateCount} already-known companies skipped, free)` : `${unfound} not found`;
        await settleQuota(txScope, { jobId, kind: "refund", amount: unfound, reason });
      }
      await tx
        .update(prospectingJobs)
        .set({ discoveryFinishedAt: new Date(), refunded: job.refunded + Math.max(unfound, 0) })
        .where(eq(prospectingJobs.id, jobId));
    }
    return { completed: await completeJobIfDone(txScope, jobId) };
  });
}
