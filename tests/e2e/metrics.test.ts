import { randomBytes } from "node:crypto";
import { count, sql, sum } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "@/db/client";
import { agentRuns, leads, prospectingJobs } from "@/db/schema";
import { apiClient } from "@/tests/support/http-session";
import { startPipelineStack, type PipelineStack } from "@/tests/support/pipeline-stack";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { createSignedInUser } from "@/tests/support/test-user";
import { waitForJob } from "@/tests/support/wait-for-job";

// Its own app, engine and database: the scrape covers exactly the runs this file made.
const token = randomBytes(16).toString("hex");
let database: TestDatabase;
let stack: PipelineStack;
let client: ReturnType<typeof createDatabaseClient>;

beforeAll(async () => {
  database = await createTestDatabase("metrics");
  stack = await startPipelineStack({
    databaseUrl: database.url,
    authSecret: randomBytes(32).toString("base64url"),
    logFile: ".data/test/e2e-metrics-server.log",
    env: { METRICS_TOKEN: token },
  });
  client = createDatabaseClient(database.url, { max: 4 });
}, 120_000);
afterAll(async () => {
  await client?.sql.end({ timeout: 1 });
  await stack?.stop();
  await database?.drop();
});

/** Every sample of the exposition, keyed by its name and labels as printed. */
function samples(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const at = line.lastIndexOf(" ");
    map.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return map;
}

describe("GET /api/metrics after a real run", () => {
  it("matches agent_runs (runs, failures, duration sums and counts per agent) and the leads and jobs tables", async () => {
    const { db } = client;
    const user = await createSignedInUser(db, stack.baseUrl);
    const api = apiClient(stack.baseUrl, user.cookie);
    // Two companies that enrich and one whose every page answers 500: failed agent runs to count.
    const job = await api.jobs.start.mutate({ count: 3, source: { kind: "domains", domains: ["verdantlogix.com", "rotaseriema-logistica.com.br", "quarrelwick-systems.com"] } });
    const finished = await waitForJob(db, job.id, 120_000);
    expect(finished.status).toBe("completed");

    const refused = await fetch(`${stack.baseUrl}/api/metrics`);
    expect(refused.status).toBe(401);
    const res = await fetch(`${stack.baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const scraped = samples(await res.text());

    const truth = await db
      .select({
        agent: agentRuns.agent,
        runs: count(),
        failures: sql<number>`count(*) filter (where ${agentRuns.status} = 'failed')`.mapWith(Number),
        durationMs: sum(agentRuns.durationMs).mapWith(Number),
        timed: count(agentRuns.durationMs),
      })
      .from(agentRuns)
      .groupBy(agentRuns.agent);
    // The run went through the whole pipeline: the deterministic agents, the reasoning ones and the router.
    expect(truth.length).toBeGreaterThanOrEqual(20);
    expect(truth.reduce((n, row) => n + row.failures, 0)).toBeGreaterThan(0);
    for (const row of truth) {
      const of = (name: string) => scraped.get(`${name}{agent="${row.agent}"}`);
      expect({ agent: row.agent, runs: of("nellia_agent_runs_total"), failures: of("nellia_agent_failures_total"), timed: of("nellia_agent_duration_seconds_count") }).toEqual({
        agent: row.agent,
        runs: row.runs,
        failures: row.failures,
        timed: row.timed,
      });
      expect(of("nellia_agent_duration_seconds_sum")).toBeCloseTo(row.durationMs / 1000, 3);
    }
    expect(finished).toMatchObject({ enrichedCount: 2, failedCount: 1 });
    // Gauges over every workspace (the app seeded the demo workspace too): the same as the tables say.
    const leadsByStatus = await db.select({ status: leads.status, count: count() }).from(leads).groupBy(leads.status);
    for (const row of leadsByStatus) expect([row.status, scraped.get(`nellia_leads{status="${row.status}"}`)]).toEqual([row.status, row.count]);
    expect(leadsByStatus.find((row) => row.status === "failed")?.count).toBeGreaterThanOrEqual(1);
    const jobsByStatus = await db.select({ status: prospectingJobs.status, count: count() }).from(prospectingJobs).groupBy(prospectingJobs.status);
    for (const row of jobsByStatus) expect([row.status, scraped.get(`nellia_jobs{status="${row.status}"}`)]).toEqual([row.status, row.count]);
  });
});
