import { randomBytes } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "@/db/client";
import { leads, pipelineEvents, prospectingJobs, quotaLedger } from "@/db/schema";
import { apiClient } from "@/tests/support/http-session";
import { startPipelineStack, type PipelineStack } from "@/tests/support/pipeline-stack";
import { until } from "@/tests/support/spawn-process";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { createSignedInUser } from "@/tests/support/test-user";

// Its own database, app and engine: this file kills the app.
let database: TestDatabase;
let stack: PipelineStack;
let client: ReturnType<typeof createDatabaseClient>;

beforeAll(async () => {
  database = await createTestDatabase("crash");
  stack = await startPipelineStack({ databaseUrl: database.url, authSecret: randomBytes(32).toString("base64url"), logFile: ".data/test/e2e-crash-server.log" });
  client = createDatabaseClient(database.url, { max: 4 });
}, 120_000);
afterAll(async () => {
  await client?.sql.end({ timeout: 1 });
  await stack?.stop();
  await database?.drop();
});

describe("a run survives the app being killed", () => {
  it("completes after a SIGKILL mid-run, each lead enriched once, the ledger balanced", async () => {
    const { db } = client;
    const user = await createSignedInUser(db, stack.baseUrl);
    const job = await apiClient(stack.baseUrl, user.cookie).jobs.start.mutate({ count: 20 });
    await until(async () => {
      const [row] = await db.select({ n: count() }).from(leads).where(eq(leads.jobId, job.id));
      return row!.n >= 3;
    }, "the first leads");
    await stack.crashAndRestartApp();

    await until(async () => (await db.query.prospectingJobs.findFirst({ where: eq(prospectingJobs.id, job.id) }))?.status === "completed", "the job", 120_000);
    const done = (await db.query.prospectingJobs.findFirst({ where: eq(prospectingJobs.id, job.id) }))!;
    expect(done).toMatchObject({ foundCount: 20, enrichedCount: 20, failedCount: 0, charged: 20 });
    const jobLeads = await db.select().from(leads).where(eq(leads.jobId, job.id));
    expect(jobLeads).toHaveLength(20);
    expect(new Set(jobLeads.map((l) => l.domain)).size).toBe(20);
    expect(jobLeads.every((l) => l.status === "enriched")).toBe(true);

    const events = await db.select().from(pipelineEvents).where(eq(pipelineEvents.jobId, job.id)).orderBy(pipelineEvents.id);
    const once = (type: string) => events.filter((e) => e.type === type);
    expect(once("pipeline_start")).toHaveLength(1);
    expect(once("pipeline_end")).toHaveLength(1);
    expect(once("lead_generated")).toHaveLength(20);
    expect(new Set(once("lead_enrichment_end").map((e) => e.leadId)).size).toBe(20);
    expect(once("lead_enrichment_end")).toHaveLength(20);

    const ledger = await db.select().from(quotaLedger).where(eq(quotaLedger.jobId, job.id));
    const sum = (kind: string) => ledger.filter((r) => r.kind === kind).reduce((n, r) => n + r.amount, 0);
    expect(sum("reserve")).toBe(20);
    expect(sum("charge") + sum("refund")).toBe(20);
    expect(sum("charge")).toBe(20);
  });
});
