import type { JobReceipt } from "@/server/domain/jobs/get-job-receipt";
import type { JobView } from "@/server/domain/jobs/job-view";

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** A job as the public API shows it: the contract, decoupled from the table's columns. */
export function serializeJob(job: JobView, receipt: JobReceipt | null = null) {
  return {
    id: job.id,
    object: "job" as const,
    status: job.status,
    source: job.source.kind === "domains" ? { kind: "domains" as const, domain_count: job.source.domains.length } : { kind: "search" as const, query: job.source.query ?? null },
    requested_count: job.requestedCount,
    counts: { found: job.foundCount, enriched: job.enrichedCount, failed: job.failedCount, skipped_free: job.duplicateCount },
    credits: { reserved: job.reserved, charged: job.charged, refunded: job.refunded },
    error: job.error,
    created_at: iso(job.createdAt),
    started_at: iso(job.startedAt),
    finished_at: iso(job.finishedAt),
    receipt: receipt && {
      requested: receipt.requested,
      found: receipt.found,
      enriched: receipt.enriched,
      failed: receipt.failed,
      skipped_free: receipt.skippedFree,
      reserved: receipt.reserved,
      charged: receipt.charged,
      refunded: receipt.refunded,
      refunds: receipt.refunds.map((r) => ({ amount: r.amount, reason: r.reason, lead_id: r.leadId })),
      duration_ms: receipt.durationMs,
    },
  };
}
