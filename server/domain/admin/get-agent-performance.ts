import { asc, gte, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { agentRuns } from "@/db/schema";
import type { AdminWindow } from "@/server/api/schemas/admin";
import { windowStart } from "./admin-window";

export type AgentPerformance = {
  agent: string;
  runs: number;
  succeeded: number;
  failed: number;
  skipped: number;
  /** succeeded / (succeeded + failed); null when none finished. Skipped runs are neither. */
  successRate: number | null;
  p50Ms: number | null;
  p95Ms: number | null;
  tokens: number;
  costUsd: number;
};

const count = (status: string) => sql<number>`count(*) filter (where ${agentRuns.status} = ${status})`.mapWith(Number);
const percentile = (p: number) => sql<number | null>`percentile_cont(${p}::float8) within group (order by ${agentRuns.durationMs})`;

/** Per agent over the window, from `agent_runs` as recorded: nothing here is estimated. */
export async function getAgentPerformance({ db }: { db: DbOrTx }, input: { window: AdminWindow }): Promise<AgentPerformance[]> {
  const rows = await db
    .select({
      agent: agentRuns.agent,
      runs: sql<number>`count(*)`.mapWith(Number),
      succeeded: count("succeeded"),
      failed: count("failed"),
      skipped: count("skipped"),
      p50Ms: percentile(0.5),
      p95Ms: percentile(0.95),
      tokens: sql<number>`coalesce(sum(${agentRuns.tokens}), 0)`.mapWith(Number),
      costUsd: sql<number>`coalesce(sum(${agentRuns.costUsd}::numeric), 0)`.mapWith(Number),
    })
    .from(agentRuns)
    .where(gte(agentRuns.startedAt, windowStart(input.window)))
    .groupBy(agentRuns.agent)
    .orderBy(asc(agentRuns.agent));
  return rows.map((row) => ({
    ...row,
    successRate: row.succeeded + row.failed ? row.succeeded / (row.succeeded + row.failed) : null,
    p50Ms: row.p50Ms === null ? null : Math.round(Number(row.p50Ms)),
    p95Ms: row.p95Ms === null ? null : Math.round(Number(row.p95Ms)),
  }));
}
