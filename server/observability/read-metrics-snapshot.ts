import { count, eq, gt, inArray, min, sql, sum } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agentRuns, engineRuns, leads, pipelineEvents, prospectingJobs, workspaceQuotas, workspaces } from "@/db/schema";

export type AgentTotals = { agent: string; runs: number; failures: number; durationMsSum: number; durationCount: number; tokens: number; costUsd: number };

export type MetricsSnapshot = {
  leadsByStatus: { status: string; count: number }[];
  jobsByStatus: { status: string; count: number }[];
  agents: AgentTotals[];
  quotaByPlan: { plan: string; used: number; reserved: number }[];
  engineQueue: { status: string; count: number }[];
  engineOldestQueuedAt: Date | null;
  pipelineEventsByType: { type: string; count: number }[];
};

const num = (value: string | number | null | undefined) => Number(value ?? 0);

/** Every figure `/api/metrics` exposes, across all workspaces, read in one go at scrape time. */
export async function readMetricsSnapshot(db: Db): Promise<MetricsSnapshot> {
  const [leadsByStatus, jobsByStatus, agents, quotaByPlan, engineQueue, [oldest], pipelineEventsByType] = await Promise.all([
    db.select({ status: leads.status, count: count() }).from(leads).groupBy(leads.status),
    db.select({ status: prospectingJobs.status, count: count() }).from(prospectingJobs).groupBy(prospectingJobs.status),
    db
      .select({
        agent: agentRuns.agent,
        runs: count(),
        failures: sql<number>`count(*) filter (where ${agentRuns.status} = 'failed')`.mapWith(Number),
        durationMsSum: sum(agentRuns.durationMs),
        durationCount: count(agentRuns.durationMs),
        tokens: sum(agentRuns.tokens),
        costUsd: sum(agentRuns.costUsd),
      })
      .from(agentRuns)
      .groupBy(agentRuns.agent),
    // The current period's balances only: an expired period's `used` no longer counts.
    db
      .select({ plan: workspaces.plan, used: sum(workspaceQuotas.used), reserved: sum(workspaceQuotas.reserved) })
      .from(workspaceQuotas)
      .innerJoin(workspaces, eq(workspaces.id, workspaceQuotas.workspaceId))
      .where(gt(workspaceQuotas.periodEnd, sql`now()`))
      .groupBy(workspaces.plan),
    db
      .select({ status: engineRuns.status, count: count() })
      .from(engineRuns)
      .where(inArray(engineRuns.status, ["queued", "waiting", "running"]))
      .groupBy(engineRuns.status),
    db
      .select({ at: min(engineRuns.runAfter) })
      .from(engineRuns)
      .where(sql`${engineRuns.status} = 'queued' and ${engineRuns.runAfter} <= now()`),
    db.select({ type: pipelineEvents.type, count: count() }).from(pipelineEvents).groupBy(pipelineEvents.type),
  ]);
  return {
    leadsByStatus,
    jobsByStatus,
    agents: agents.map((a) => ({
      agent: a.agent,
      runs: a.runs,
      failures: a.failures,
      durationMsSum: num(a.durationMsSum),
      durationCount: a.durationCount,
      tokens: num(a.tokens),
      costUsd: num(a.costUsd),
    })),
    quotaByPlan: quotaByPlan.map((q) => ({ plan: q.plan, used: num(q.used), reserved: num(q.reserved) })),
    engineQueue,
    engineOldestQueuedAt: oldest?.at ?? null,
    pipelineEventsByType,
  };
}
