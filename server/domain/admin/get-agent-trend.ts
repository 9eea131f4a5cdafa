import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { AdminWindow } from "@/server/api/schemas/admin";
import { windowBucket, windowStart } from "./admin-window";

export type AgentTrendPoint = { at: Date; runs: number; successRate: number | null; p50Ms: number | null; p95Ms: number | null };

/** All agents together, by hour (24h) or day: success rate and p50/p95 duration, empty buckets included. */
export async function getAgentTrend({ db }: { db: DbOrTx }, input: { window: AdminWindow }): Promise<AgentTrendPoint[]> {
  const unit = sql.raw(`'${windowBucket(input.window)}'`);
  const step = sql.raw(`'1 ${windowBucket(input.window)}'`);
  const rows = await db.execute<{ at: string; runs: string; succeeded: string; failed: string; p50: number | null; p95: number | null }>(sql`
    with buckets as (
      select generate_series(date_trunc(${unit}, ${windowStart(input.window)}), date_trunc(${unit}, now()), ${step}::interval) as at
    )
    select b.at, count(r.id) as runs,
      count(*) filter (where r.status = 'succeeded') as succeeded,
      count(*) filter (where r.status = 'failed') as failed,
      percentile_cont(0.5) within group (order by r.duration_ms) as p50,
      percentile_cont(0.95) within group (order by r.duration_ms) as p95
    from buckets b
    left join agent_runs r on date_trunc(${unit}, r.started_at) = b.at and r.started_at >= ${windowStart(input.window)}
    group by b.at order by b.at`);
  return rows.map((row) => {
    const succeeded = Number(row.succeeded);
    const finished = succeeded + Number(row.failed);
    return {
      at: new Date(row.at),
      runs: Number(row.runs),
      successRate: finished ? succeeded / finished : null,
      p50Ms: row.p50 === null ? null : Math.round(Number(row.p50)),
      p95Ms: row.p95 === null ? null : Math.round(Number(row.p95)),
    };
  });
}
