import { and, count, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { leads, prospectingJobs } from "@/db/schema";
import { publishEvent } from "@/server/domain/events/publish-event";
import { settleQuota } from "@/server/domain/quota/settle-quota";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

/**
 * Completes the job once discovery is over and every lead it found has finished. Called by the
 * last lead to finish and by the end of discovery, whichever comes last; the job row's lock and
 * status check make exactly one of them emit `pipeline_end`.
 */
export async function completeJobIfDone(scope: WorkspaceScope & { db: DbOrTx }, jobId: string): Promise<boolean> {
  const [job] = await scope.db
    .select()
    .from(prospectingJobs)
    .where(and(eq(prospectingJobs.id, jobId), eq(prospectingJobs.workspaceId, scope.workspaceId)))
    .for("update");
  if (!job || job.status !== "running" || !job.discoveryFinishedAt) return false;
  const [open] = await scope.db
    .select({ n: count() })
    .from(leads)
    .where(and(eq(leads.jobId, jobId), sql`${leads.status} not in ('enriched', 'failed')`));
  if (open!.n > 0) return false;

  // Whatever is still reserved was never needed (fewer companies found than asked for).
  const unused = job.reserved - job.charged - job.refunded;
  if (unused > 0) await settleQuota(scope, { jobId, kind: "refund", amount: unused, reason: `${unused} unused (fewer new companies found than requested)` });
  const [done] = await scope.db
    .update(prospectingJobs)
    .set({ status: "completed", finishedAt: new Date(), refunded: job.refunded + Math.max(unused, 0) })
    .where(eq(prospectingJobs.id, jobId))
    .returning();
  const summary = {
    requested: done!.requestedCount,
    found: done!.foundCount,
    duplicates: done!.duplicateCount,
    enriched: done!.enrichedCount,
    failed: done!.failedCount,
    charged: done!.charged,
    refunded: done!.refunded,
    durationMs: done!.finishedAt!.getTime() - (done!.startedAt ?? done!.createdAt).getTime(),
  };
  await publishEvent(scope, { workspaceId: scope.workspaceId, jobId, type: "pipeline_end", payload: { job: { id: jobId, status: "completed" }, summary } });
  return true;
}
