import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/metrics/route";
import { agentRuns, leads } from "@/db/schema";
import { openTestDb } from "@/tests/support/db";
import { createTestMember, uniqueDomain } from "@/tests/support/fixtures";
import { createMetricsRegistry } from "./metrics";
import { serveMetrics } from "./serve-metrics";

const { db } = openTestDb();

/** The value of one sample line of the exposition, or null when it is absent. */
function sample(text: string, line: string): number | null {
  const found = text.split("\n").find((l) => l.startsWith(`${line} `));
  return found ? Number(found.slice(line.length + 1)) : null;
}

async function insertRuns(agent: string, rows: { status: "succeeded" | "failed" | "running"; durationMs: number | null; tokens?: number; costUsd?: number }[]) {
  const { scope } = await createTestMember(db);
  for (const row of rows) {
    const [lead] = await db.insert(leads).values({ workspaceId: scope.workspaceId, domain: uniqueDomain("metrics") }).returning();
    await db.insert(agentRuns).values({
      workspaceId: scope.workspaceId,
      leadId: lead!.id,
      agent,
      status: row.status,
      startedAt: new Date(),
      durationMs: row.durationMs,
      tokens: row.tokens ?? 0,
      costUsd: row.costUsd ?? 0,
    });
  }
}

describe("metrics", () => {
  it("reports agent runs, failures, durations, tokens and cost exactly as agent_runs holds them", async () => {
    const agent = `metrics-probe-${randomUUID().slice(0, 8)}`;
    await insertRuns(agent, [
      { status: "succeeded", durationMs: 1_200, tokens: 300, costUsd: 0.25 },
      { status: "succeeded", durationMs: 800, tokens: 200, costUsd: 0.5 },
      { status: "failed", durationMs: 2_500 },
      { status: "running", durationMs: null },
    ]);
    const text = await createMetricsRegistry({ db: async () => db }).metrics();
    const of = (name: string) => sample(text, `${name}{agent="${agent}"}`);
    expect(of("nellia_agent_runs_total")).toBe(4);
    expect(of("nellia_agent_failures_total")).toBe(1);
    expect(of("nellia_agent_duration_seconds_sum")).toBeCloseTo(4.5);
    expect(of("nellia_agent_duration_seconds_count")).toBe(3);
    expect(of("nellia_agent_tokens_total")).toBe(500);
    expect(of("nellia_agent_cost_usd_total")).toBeCloseTo(0.75);
    expect(text).toContain("# TYPE nellia_agent_runs_total counter");
    expect(sample(text, 'nellia_leads{status="new"}')).toBeGreaterThanOrEqual(4);
    for (const status of ["queued", "waiting", "running"]) expect(sample(text, `nellia_engine_queue_depth{status="${status}"}`)).not.toBeNull();
  });

  it("counts new runs at the next scrape", async () => {
    const agent = `metrics-probe-${randomUUID().slice(0, 8)}`;
    const registry = createMetricsRegistry({ db: async () => db });
    await insertRuns(agent, [{ status: "succeeded", durationMs: 100 }]);
    expect(sample(await registry.metrics(), `nellia_agent_runs_total{agent="${agent}"}`)).toBe(1);
    await insertRuns(agent, [{ status: "failed", durationMs: 300 }]);
    const text = await registry.metrics();
    expect(sample(text, `nellia_agent_runs_total{agent="${agent}"}`)).toBe(2);
    expect(sample(text, `nellia_agent_failures_total{agent="${agent}"}`)).toBe(1);
    expect(sample(text, `nellia_agent_duration_seconds_sum{agent="${agent}"}`)).toBeCloseTo(0.4);
  });
});

describe("GET /api/metrics", () => {
  const saved = process.env.METRICS_TOKEN;
  afterEach(() => {
    if (saved === undefined) delete process.env.METRICS_TOKEN;
    else process.env.METRICS_TOKEN = saved;
  });
  const get = (authorization?: string) =>
    GET(new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }));

  it("does not exist without METRICS_TOKEN", async () => {
    delete process.env.METRICS_TOKEN;
    expect((await get("Bearer anything")).status).toBe(404);
  });

  it("refuses a missing or wrong token with 401", async () => {
    process.env.METRICS_TOKEN = "the-metrics-token";
    expect((await get()).status).toBe(401);
    expect((await get("Bearer the-metrics-tokeN")).status).toBe(401);
    expect((await get("Basic the-metrics-token")).status).toBe(401);
  });

  it("serves Prometheus text, with process metrics, to the right token", async () => {
    const registry = createMetricsRegistry({ db: async () => db, processMetrics: true });
    const res = await serveMetrics(new Request("http://localhost/api/metrics", { headers: { authorization: "Bearer s3cret" } }), { token: "s3cret", registry: () => registry });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0.0.4/);
    const text = await res.text();
    expect(text).toContain("# TYPE nellia_jobs gauge");
    expect(text).toContain("process_cpu_user_seconds_total");
  });
});
