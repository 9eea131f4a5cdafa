import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

export type EngineQueue = {
  /** Runs ready to run now and not yet picked up. */
  ready: number;
  running: number;
  /** Parked: sleeping, or waiting for an event or a child run. */
  waiting: number;
  oldestReady: { functionId: string; since: Date; ageMs: number } | null;
};

/** The bundled engine's queue (engine_runs). With Inngest Cloud these tables stay empty. */
export async function getEngineQueue({ db }: { db: DbOrTx }): Promise<EngineQueue> {
  const ready = sql`(status = 'queued' or (status = 'waiting' and run_after <= now()))`;
  const [row] = await db.execute<{ ready: string; running: string; waiting: string; function_id: string | null; since: string | null; age_ms: number | null }>(sql`
    with counts as (
      select count(*) filter (where ${ready}) as ready,
        count(*) filter (where status = 'running') as running,
        count(*) filter (where status = 'waiting' and run_after > now()) as waiting
      from engine_runs where status in ('queued', 'running', 'waiting')
    ), oldest as (
      select function_id, run_after as since, extract(epoch from (now() - run_after)) * 1000 as age_ms
      from engine_runs where ${ready} order by run_after limit 1
    )
    select counts.*, oldest.* from counts left join oldest on true`);
  return {
    ready: Number(row?.ready ?? 0),
    running: Number(row?.running ?? 0),
    waiting: Number(row?.waiting ?? 0),
    oldestReady: row?.function_id && row.since ? { functionId: row.function_id, since: new Date(row.since), ageMs: Math.max(0, Number(row.age_ms)) } : null,
  };
}
