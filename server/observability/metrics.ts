import { collectDefaultMetrics, Counter, Gauge, Registry } from "prom-client";
import type { Db } from "@/db/client";
import { leadStatuses } from "@/db/schema/lead-values";
import { jobStatuses } from "@/db/schema/jobs";
import { readMetricsSnapshot, type MetricsSnapshot } from "./read-metrics-snapshot";

type Snapshot = () => Promise<MetricsSnapshot>;

/**
 * One database read per scrape, however many metrics ask for it: prom-client collects every
 * metric at once, so they all share the read in flight, and the next scrape reads afresh.
 */
function sharedSnapshot(db: () => Promise<Db>): Snapshot {
  let inFlight: Promise<MetricsSnapshot> | null = null;
  return () => {
    inFlight ??= db()
      .then(readMetricsSnapshot)
      .finally(() => (inFlight = null));
    return inFlight;
  };
}

function gauge<L extends string>(registry: Registry, name: string, help: string, labelNames: L[], fill: (g: Gauge<L>, s: MetricsSnapshot) => void, snapshot: Snapshot) {
  new Gauge<L>({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      const s = await snapshot();
      this.reset();
      fill(this, s);
    },
  });
}

// Totals read from the database only grow (rows are not deleted), so they are counters; they are set, not counted here.
function counter<L extends string>(registry: Registry, name: string, help: string, labelNames: L[], fill: (c: Counter<L>, s: MetricsSnapshot) => void, snapshot: Snapshot) {
  new Counter<L>({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      const s = await snapshot();
      this.reset();
      fill(this, s);
    },
  });
}

/**
 * A registry whose figures come from the database when it is scraped (so every instance reports
 * the same truth, whichever one ran the work), plus this process's default metrics if asked.
 */
export function createMetricsRegistry(deps: { db: () => Promise<Db>; processMetrics?: boolean }): Registry {
  const registry = new Registry();
  const snapshot = sharedSnapshot(deps.db);
  const perAgent = (pick: (a: MetricsSnapshot["agents"][number]) => number) => (c: Counter<"agent">, s: MetricsSnapshot) => {
    for (const a of s.agents) c.inc({ agent: a.agent }, pick(a));
  };

  gauge(registry, "nellia_leads", "Leads by status, all workspaces.", ["status"], (g, s) => {
    for (const status of leadStatuses) g.set({ status }, s.leadsByStatus.find((r) => r.status === status)?.count ?? 0);
  }, snapshot);
  gauge(registry, "nellia_jobs", "Prospecting jobs by status, all workspaces.", ["status"], (g, s) => {
    for (const status of jobStatuses) g.set({ status }, s.jobsByStatus.find((r) => r.status === status)?.count ?? 0);
  }, snapshot);
  counter(registry, "nellia_agent_runs_total", "Agent runs recorded in agent_runs, by agent.", ["agent"], perAgent((a) => a.runs), snapshot);
  counter(registry, "nellia_agent_failures_total", "Agent runs that ended failed, by agent.", ["agent"], perAgent((a) => a.failures), snapshot);
  counter(registry, "nellia_agent_duration_seconds_sum", "Total duration of finished agent runs, by agent.", ["agent"], perAgent((a) => a.durationMsSum / 1000), snapshot);
  counter(registry, "nellia_agent_duration_seconds_count", "Finished agent runs with a duration, by agent.", ["agent"], perAgent((a) => a.durationCount), snapshot);
  counter(registry, "nellia_agent_tokens_total", "Model tokens used, by agent.", ["agent"], perAgent((a) => a.tokens), snapshot);
  counter(registry, "nellia_agent_cost_usd_total", "Model cost in US dollars, by agent.", ["agent"], perAgent((a) => a.costUsd), snapshot);
  gauge(registry, "nellia_quota_used_leads", "Leads charged in the current quota period, by plan.", ["plan"], (g, s) => {
    for (const q of s.quotaByPlan) g.set({ plan: q.plan }, q.used);
  }, snapshot);
  gauge(registry, "nellia_quota_reserved_leads", "Leads reserved by running jobs, by plan.", ["plan"], (g, s) => {
    for (const q of s.quotaByPlan) g.set({ plan: q.plan }, q.reserved);
  }, snapshot);
  gauge(registry, "nellia_engine_queue_depth", "Job engine runs not finished, by status (bundled engine only).", ["status"], (g, s) => {
    for (const status of ["queued", "waiting", "running"]) g.set({ status }, s.engineQueue.find((r) => r.status === status)?.count ?? 0);
  }, snapshot);
  gauge(registry, "nellia_engine_oldest_queued_seconds", "How long the oldest due run has waited to be picked up.", [], (g, s) => {
    g.set(s.engineOldestQueuedAt ? Math.max(0, (Date.now() - s.engineOldestQueuedAt.getTime()) / 1000) : 0);
  }, snapshot);
  counter(registry, "nellia_pipeline_events_total", "Pipeline events written, by type.", ["type"], (c, s) => {
    for (const e of s.pipelineEventsByType) c.inc({ type: e.type }, e.count);
  }, snapshot);

  if (deps.processMetrics) collectDefaultMetrics({ register: registry });
  return registry;
}

const globalForMetrics = globalThis as unknown as { nelliaMetrics?: Registry };

/** The process's registry, kept on globalThis so `next dev` reloads do not register twice. */
export function getMetricsRegistry(db: () => Promise<Db>): Registry {
  return (globalForMetrics.nelliaMetrics ??= createMetricsRegistry({ db, processMetrics: true }));
}
