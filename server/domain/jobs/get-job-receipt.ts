import { and, asc, desc, eq, gt, inArray } from "drizzle-orm";
import { prospectingJobs, quotaLedger } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";

export type JobReceipt = {
  jobId: string;
  status: "completed" | "failed";
  source: "search" | "domains";
  requested: number;
  found: number;
  enriched: number;
  failed: number;
  /** Repeated or already-known companies skipped, before or during the run: never charged. */
  skippedFree: number;
  reserved: number;
  charged: number;
  refunded: number;
  /** Each refund as the ledger recorded it, oldest first. */
  refunds: { amount: number; reason: string; leadId: string | null }[];
  durationMs: number | null;
  finishedAt: Date | null;
  error: string | null;
};

const RECENT_MS = 24 * 60 * 60 * 1000;

/**
 * A finished run's receipt, from the job row and its quota ledger rows (both read within the
 * workspace). Without an id, the latest run that finished in the last day, or null.
 */
export async function getJobReceipt(scope: WorkspaceScope, input: { id?: string }): Promise<JobReceipt | null> {
  const finished = inArray(prospectingJobs.status, ["completed", "failed"]);
  const job = await scope.db.query.prospectingJobs.findFirst({
    where: input.id
      ? and(eq(prospectingJobs.workspaceId, scope.workspaceId), eq(prospectingJobs.id, input.id))
      : and(eq(prospectingJobs.workspaceId, scope.workspaceId), finished, gt(prospectingJobs.finishedAt, new Date(Date.now() - RECENT_MS))),
    orderBy: desc(prospectingJobs.finishedAt),
  });
  if (!job) {
    if (input.id) throw new AppError("NOT_FOUND", "No such run in this workspace.");
    return null;
  }
  if (job.status !== "completed" && job.status !== "failed") throw new AppError("CONFLICT", "This run is still going: its receipt is ready when it ends.");
  const refunds = await scope.db
    .select({ amount: quotaLedger.amount, reason: quotaLedger.reason, leadId: quotaLedger.leadId })
    .from(quotaLedger)
    .where(and(eq(quotaLedger.workspaceId, scope.workspaceId), eq(quotaLedger.jobId, job.id), eq(quotaLedger.kind, "refund")))
    .orderBy(asc(quotaLedger.id));
  return {
    jobId: job.id,
    status: job.status,
    source: job.source.kind,
    requested: job.requestedCount,
    found: job.foundCount,
    enriched: job.enrichedCount,
    failed: job.failedCount,
    skippedFree: job.duplicateCount,
    reserved: job.reserved,
    charged: job.charged,
    refunded: job.refunded,
    refunds: refunds.filter((r) => r.amount > 0),
    durationMs: job.finishedAt ? job.finishedAt.getTime() - (job.startedAt ?? job.createdAt).getTime() : null,
    finishedAt: job.finishedAt,
    error: job.error,
  };
}
