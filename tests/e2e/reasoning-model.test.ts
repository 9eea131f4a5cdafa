import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "@/db/client";
import { agentRuns, leadFacts, leads, quotaLedger } from "@/db/schema";
import { reasoningAgents } from "@/inngest/agents/registry";
import { startFakeOpenAiServer } from "@/tests/support/fake-openai-server";
import { apiClient } from "@/tests/support/http-session";
import { startPipelineStack, type PipelineStack } from "@/tests/support/pipeline-stack";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { createSignedInUser } from "@/tests/support/test-user";
import { waitForJob } from "@/tests/support/wait-for-job";

// Its own app, configured with a model at a local fake OpenAI-compatible server.
let database: TestDatabase;
let stack: PipelineStack;
let fake: Awaited<ReturnType<typeof startFakeOpenAiServer>>;
let client: ReturnType<typeof createDatabaseClient>;

beforeAll(async () => {
  fake = await startFakeOpenAiServer({ retryAfterSeconds: 0.1 });
  database = await createTestDatabase("llm");
  stack = await startPipelineStack({
    databaseUrl: database.url,
    authSecret: randomBytes(32).toString("base64url"),
    logFile: ".data/test/e2e-llm-server.log",
    env: { OPENAI_API_KEY: "sk-test-key", OPENAI_BASE_URL: fake.baseUrl, LLM_MODEL: "gpt-4o-mini", LLM_MAX_RETRIES: "1" },
  });
  client = createDatabaseClient(database.url, { max: 4 });
}, 120_000);
afterAll(async () => {
  await client?.sql.end({ timeout: 1 });
  await stack?.stop();
  await database?.drop();
  await fake?.stop();
});

// Logistics companies in the ICP's regions: the test ICP's best fits among the demo fixtures.
const wellFitting = ["verdantlogix.com", "rotaseriema-logistica.com.br"];

describe("reasoning agents with a model configured", () => {
  it("writes reasoning outputs from the model, grounded, with tokens and cost on each agent run", async () => {
    const { db } = client;
    const user = await createSignedInUser(db, stack.baseUrl);
    fake.setMode("rate-limit-once");
    const job = await apiClient(stack.baseUrl, user.cookie).jobs.start.mutate({ count: 2, source: { kind: "domains", domains: wellFitting } });
    const done = await waitForJob(db, job.id, 120_000);
    expect(done).toMatchObject({ status: "completed", enrichedCount: 2, failedCount: 0, charged: 2 });

    const rows = await db.select().from(leads).where(eq(leads.jobId, job.id));
    const names = reasoningAgents.map((a) => a.name);
    for (const lead of rows) {
      expect(lead).toMatchObject({ plan: "full", progressDone: lead.progressTotal });
      const runs = await db.select().from(agentRuns).where(and(eq(agentRuns.leadId, lead.id), inArray(agentRuns.agent, names)));
      expect(runs).toHaveLength(names.length);
      for (const run of runs) {
        expect(run).toMatchObject({ status: "succeeded", model: "openai-compatible/gpt-4o-mini" });
        expect(run.tokens).toBeGreaterThan(50);
        expect(run.costUsd).toBeGreaterThan(0);
      }
      const facts = await db.select().from(leadFacts).where(and(eq(leadFacts.leadId, lead.id), inArray(leadFacts.agent, names)));
      const fromModel = facts.filter((f) => f.method === "llm");
      // The fake answers every schema; only an answer grounding rejects falls back.
      expect(fromModel.length).toBeGreaterThanOrEqual(names.length - 3);
      expect(JSON.stringify(fromModel.map((f) => f.value))).toContain("(from F1)");
    }
    // Each call was first refused with 429 and then retried after retry-after.
    const completions = fake.requests.filter((r) => r.path === "/v1/chat/completions");
    expect(completions.length).toBeGreaterThanOrEqual(2 * names.length * 2);
  });

  it("a low-fit lead gets the limited plan, says why, and costs no model call", async () => {
    const { db } = client;
    const user = await createSignedInUser(db, stack.baseUrl);
    fake.setMode("ok");
    const before = fake.requests.length;
    // A veterinary clinic is outside the test ICP (logistics and retail in Brazil and the US).
    const job = await apiClient(stack.baseUrl, user.cookie).jobs.start.mutate({ count: 1, source: { kind: "domains", domains: ["fernhollow-vetclinic.com"] } });
    const done = await waitForJob(db, job.id, 120_000);
    expect(done).toMatchObject({ status: "completed", enrichedCount: 1, charged: 1 });
    const [lead] = await db.select().from(leads).where(eq(leads.jobId, job.id));
    expect(lead).toMatchObject({ plan: "limited", progressDone: 10, progressTotal: 10 });
    expect(lead!.planReason).toMatch(/^Fit \d+\/100 is below your threshold of 50: reasoning agents skipped \(limited plan, 10 agents\)$/);
    expect(["low", "not_qualified"]).toContain(lead!.tier);
    expect(lead!.stage).toBe(lead!.tier === "low" ? "qualification" : "disqualified");
    const runs = await db.select().from(agentRuns).where(eq(agentRuns.leadId, lead!.id));
    expect(runs.map((r) => r.agent)).not.toContain("outreach-writer");
    expect(runs.reduce((n, r) => n + r.tokens, 0)).toBe(0);
    expect(fake.requests.length).toBe(before);
  });

  it("a model that answers only 500s fails the lead with a clear error and refunds its credit", async () => {
    const { db } = client;
    const user = await createSignedInUser(db, stack.baseUrl);
    fake.setMode("storm");
    const job = await apiClient(stack.baseUrl, user.cookie).jobs.start.mutate({ count: 1, source: { kind: "domains", domains: [wellFitting[0]!] } });
    const done = await waitForJob(db, job.id, 120_000);
    expect(done).toMatchObject({ status: "completed", enrichedCount: 0, failedCount: 1, charged: 0, refunded: 1 });
    const [lead] = await db.select().from(leads).where(eq(leads.jobId, job.id));
    expect(lead!.status).toBe("failed");
    expect(lead!.error).toMatch(/The language model is not answering: openai-compatible\/gpt-4o-mini failed with HTTP 500 after 2 attempts/);
    const ledger = await db.select().from(quotaLedger).where(eq(quotaLedger.jobId, job.id)).orderBy(quotaLedger.id);
    expect(ledger.map((r) => `${r.kind}:${r.amount}`)).toEqual(["reserve:1", "refund:1"]);
    fake.setMode("ok");
  });
});
