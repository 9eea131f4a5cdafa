import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { AdminWindow } from "@/server/api/schemas/admin";
import { windowStart } from "./admin-window";

export const jobSizeBuckets = ["1–10", "11–50", "51–100"] as const;
export type PipelineTimes = { size: (typeof jobSizeBuckets)[number]; jobs: number; p50Ms: number | null; p95Ms: number | null };

/** Wall-clock time of finished runs (start to finish), p50 and p95 by how many leads were asked for. */
export async function getPipelineTimes({ db }: { db: DbOrTx }, input: { window: AdminWindow }): Promise<PipelineTimes[]> {
  const rows = await db.execute<{ size: string; jobs: string; p50: number | null; p95: number | null }>(sql`
    with finished as (
      select case when requested_count <= 10 then '1–10' when requested_count <= 50 then '11–50' else '51–100' end as size,
        extract(epoch from (finished_at - coalesce(started_at, created_at))) * 1000 as ms
      from prospecting_jobs
      where status in ('completed', 'failed') and finished_at is not null and finished_at >= ${windowStart(input.window)}
    )
    select size, count(*) as jobs,
      percentile_cont(0.5) within group (order by ms) as p50,
      percentile_cont(0.95) within group (order by ms) as p95
    from finished group by size`);
  return jobSizeBuckets.map((size) => {
    const row = rows.find((r) => r.size === size);
    return { size, jobs: Number(row?.jobs ?? 0), p50Ms: row?.p50 == null ? null : Math.round(Number(row.p50)), p95Ms: row?.p95 == null ? null : Math.round(Number(row.p95)) };
  });
}
