import { randomBytes } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "@/db/client";
import { agentRuns, pipelineEvents, quotaLedger } from "@/db/schema";
import { reasoningAgents } from "@/inngest/agents/registry";
import { apiClient } from "@/tests/support/http-session";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { createSignedInUser } from "@/tests/support/test-user";
import { startFaultStack, type FaultStack } from "./support/fault-stack";
import { resumingClient } from "./support/resuming-client";
import { expectEachLeadSettledOnce, expectLedgerBalanced, storedEventIds, waitForRunEnd } from "./support/run-checks";
import { startStormProxy } from "./support/storm-proxy";

// Logistics companies in the test ICP's regions: both get the full plan, reasoning agents included.
const wellFitting = ["verdantlogix.com", "rotaseriema-logistica.com.br"];
// The SDK tries each call twice (LLM_MAX_RETRIES=1) and the engine runs each step up to 3 times.
const CALLS_PER_STEP_ATTEMPT = 2;
const STEP_ATTEMPTS = 3;

let database: TestDatabase;
let stack: FaultStack;
let llm: Awaited<ReturnType<typeof startStormProxy>>;
let client: ReturnType<typeof createDatabaseClient>;

beforeAll(async () => {
  llm = await startStormProxy();
  database = await createTestDatabase("faults_llm");
  stack = await startFaultStack({
    databaseUrl: database.url,
    authSecret: randomBytes(32).toString("base64url"),
    logFile: ".data/test/faults-llm-server.log",
    env: { OPENAI_API_KEY: "sk-test-key", OPENAI_BASE_URL: llm.baseUrl, LLM_MODEL: "gpt-4o-mini", LLM_MAX_RETRIES: String(CALLS_PER_STEP_ATTEMPT - 1) },
  });
  client = createDatabaseClient(database.url, { max: 4 });
});
afterAll(async () => {
  await client?.sql.end({ timeout: 1 });
  await stack?.stop();
  await database?.drop();
  await llm?.stop();
});

describe("a model provider in a storm", () => {
  it("rides out a 429 storm that ends: steps retry, then every lead is enriched and charged", async () => {
    const { db } = client;
    const user = await createSignedInUser(db, stack.baseUrl);
    // Fewer refusals than one lead could absorb (2 calls x 3 attempts), more than two step attempts' worth:
    // some step must give up on an attempt and retry, and no lead may fail.
    const storm = CALLS_PER_STEP_ATTEMPT * wellFitting.length + 1;
    llm.startStorm({ status: 429, calls: storm, retryAfterSeconds: 0.1 });
    const job = await apiClient(stack.baseUrl, user.cookie).jobs.start.mutate({ count: 2, source: { kind: "domains", domains: wellFitting } });

    const done = await waitForRunEnd(db, job.id, 180_000);
    expect(llm.answered[429]).toBe(storm);
    expect(done).toMatchObject({ status: "completed", enrichedCount: 2, failedCount: 0 });
    const rows = await expectEachLeadSettledOnce(db, job.id, 2);
    expect(rows.map((l) => [l.status, l.plan])).toEqual([["enriched", "full"], ["enriched", "full"]]);
    expect(await expectLedgerBalanced(db, { workspaceId: user.workspace.id, jobId: job.id })).toEqual({ charged: 2, refunded: 0 });

    // The lead's timeline says a step was retried, and each reasoning agent ended up answered by the model.
    const statuses = await db.select().from(pipelineEvents).where(and(eq(pipelineEvents.jobId, job.id), eq(pipelineEvents.type, "status_update")));
    const retrying = statuses.filter((e) => e.payload.status === "retrying");
    expect(retrying.length).toBeGreaterThanOrEqual(1);
    expect(String(retrying[0]!.payload.message)).toMatch(/^Attempt 1 failed, retrying: The language model is not answering: .*HTTP 429/);
    const names = reasoningAgents.map((a) => a.name);
    const runs = await db.select().from(agentRuns).where(eq(agentRuns.jobId, job.id));
    const reasoningRuns = runs.filter((r) => names.includes(r.agent));
    expect(reasoningRuns).toHaveLength(names.length * 2);
    expect(reasoningRuns.every((r) => r.status === "succeeded" && r.tokens > 0)).toBe(true);
  });

  it("fails each lead with a clear message in a 500 storm that never ends, and refunds it", async () => {
    const { db } = client;
    const user = await createSignedInUser(db, stack.baseUrl);
    const board = resumingClient({ baseUrl: stack.baseUrl, cookie: user.cookie, fromId: 0 });
    await board.open();
    llm.startStorm({ status: 500, calls: Infinity });
    const before = llm.answered[500];
    const job = await apiClient(stack.baseUrl, user.cookie).jobs.start.mutate({ count: 2, source: { kind: "domains", domains: wellFitting } });

    const done = await waitForRunEnd(db, job.id, 180_000);
    expect(done).toMatchObject({ status: "completed", enrichedCount: 0, failedCount: 2, charged: 0, refunded: 2 });
    // Each lead gave up on its first reasoning agent after every attempt, and no sooner.
    expect(llm.answered[500] - before).toBe(wellFitting.length * CALLS_PER_STEP_ATTEMPT * STEP_ATTEMPTS);
    const rows = await expectEachLeadSettledOnce(db, job.id, 2);
    const clear = /^The language model is not answering: openai-compatible\/gpt-4o-mini failed with HTTP 500 after 2 attempts: The server had an error/;
    for (const lead of rows) {
      expect(lead.status).toBe("failed");
      expect(lead.error).toMatch(clear);
    }
    expect(await expectLedgerBalanced(db, { workspaceId: user.workspace.id, jobId: job.id })).toEqual({ charged: 0, refunded: 2 });
    const ledger = await db.select().from(quotaLedger).where(eq(quotaLedger.jobId, job.id)).orderBy(asc(quotaLedger.id));
    expect(ledger.map((r) => `${r.kind}:${r.amount}`)).toEqual(["reserve:2", "refund:1", "refund:1"]);
    expect(ledger.filter((r) => r.kind === "refund").map((r) => r.leadId).sort()).toEqual(rows.map((l) => l.id).sort());

    // The board heard it live: both leads failed with the reason, and the quota came back.
    await board.waitForId((await storedEventIds(db, user.workspace.id)).at(-1)!);
    const seen = board.events().map((e) => e.event);
    const failed = seen.filter((e) => e.name === "lead-failed");
    expect(failed.map((e) => e.leadId).sort()).toEqual(rows.map((l) => l.id).sort());
    expect(failed.every((e) => clear.test(String(e.payload.error)))).toBe(true);
    const refunds = seen.filter((e) => e.name === "quota-update" && (e.payload.change as { kind: string }).kind === "refund");
    expect(refunds).toHaveLength(2);
    board.close();
  });
});
