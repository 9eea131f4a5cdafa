import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

export type AdminTotals = { users: number; workspaces: number; jobsRunning: number; jobs24h: number; enriched24h: number; failedLeads: number; costUsd24h: number };

/** Headline counts across all workspaces for the overview. */
export async function getAdminTotals({ db }: { db: DbOrTx }): Promise<AdminTotals> {
  const [row] = await db.execute<Record<keyof AdminTotals, string>>(sql`
    select
      (select count(*) from users) as "users",
      (select count(*) from workspaces) as "workspaces",
      (select count(*) from prospecting_jobs where status in ('queued', 'running')) as "jobsRunning",
      (select count(*) from prospecting_jobs where created_at >= now() - interval '24 hours') as "jobs24h",
      (select count(*) from leads where status = 'enriched' and job_id is not null and updated_at >= now() - interval '24 hours') as "enriched24h",
      (select count(*) from leads where status = 'failed') as "failedLeads",
      (select coalesce(sum(cost_usd::numeric), 0) from agent_runs where started_at >= now() - interval '24 hours') as "costUsd24h"`);
  return Object.fromEntries(Object.entries(row!).map(([key, value]) => [key, Number(value)])) as AdminTotals;
}
