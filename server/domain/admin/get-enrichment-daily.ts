import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { AdminWindow } from "@/server/api/schemas/admin";
import { windowBucket, windowStart } from "./admin-window";

export type EnrichmentPoint = { at: Date; enriched: number; failed: number; successRate: number | null };

/**
 * Leads that finished enrichment per day (per hour over 24h), by their last change: enriched
 * against failed. A lead counts once, in the bucket it settled in.
 */
export async function getEnrichmentDaily({ db }: { db: DbOrTx }, input: { window: AdminWindow }): Promise<EnrichmentPoint[]> {
  const unit = sql.raw(`'${windowBucket(input.window)}'`);
  const step = sql.raw(`'1 ${windowBucket(input.window)}'`);
  const rows = await db.execute<{ at: string; enriched: string; failed: string }>(sql`
    with buckets as (
      select generate_series(date_trunc(${unit}, ${windowStart(input.window)}), date_trunc(${unit}, now()), ${step}::interval) as at
    )
    select b.at,
      count(l.id) filter (where l.status = 'enriched') as enriched,
      count(l.id) filter (where l.status = 'failed') as failed
    from buckets b
    left join leads l on date_trunc(${unit}, l.updated_at) = b.at and l.status in ('enriched', 'failed')
      and l.job_id is not null and l.updated_at >= ${windowStart(input.window)}
    group by b.at order by b.at`);
  return rows.map((row) => {
    const enriched = Number(row.enriched);
    const failed = Number(row.failed);
    return { at: new Date(row.at), enriched, failed, successRate: enriched + failed ? enriched / (enriched + failed) : null };
  });
}
