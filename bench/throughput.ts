import { randomBytes } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { createDatabaseClient } from "@/db/client";
import { leads, prospectingJobs } from "@/db/schema";
import { startFakeOpenAiServer } from "@/tests/support/fake-openai-server";
import { apiClient } from "@/tests/support/http-session";
import { startPipelineStack } from "@/tests/support/pipeline-stack";
import { createTestDatabase } from "@/tests/support/test-database";
import { createSignedInUser } from "@/tests/support/test-user";
import { sleep } from "./lib/stats";

export type ThroughputResult = {
  leads: number;
  enriched: number;
  fullPlans: number;
  seconds: number;
  perMinute: number;
  modelCalls?: number;
  maxModelCallsInFlight?: number;
  modelConcurrencyLimit?: number;
};

/**
 * One run of `leads` from Start to `pipeline_end` on a production build with the local engine,
 * in a fresh database: leads fully enriched per minute. With `modelAfterMs`, reasoning agents call
 * a fake OpenAI-compatible server that answers each call after that long.
 */
export async function measureThroughput(opts: { leads: number; modelAfterMs?: number; modelConcurrency?: number; logFile: string }): Promise<ThroughputResult> {
  const fake = opts.modelAfterMs === undefined ? null : await startFakeOpenAiServer({ answerAfterMs: opts.modelAfterMs });
  const database = await createTestDatabase("bench-throughput");
  const env: Record<string, string> = fake
    ? { OPENAI_API_KEY: "sk-bench", OPENAI_BASE_URL: fake.baseUrl, LLM_MODEL: "gpt-4o-mini", LLM_CONCURRENCY_PER_WORKSPACE: String(opts.modelConcurrency ?? 4) }
    : {};
  const stack = await startPipelineStack({ databaseUrl: database.url, authSecret: randomBytes(32).toString("base64url"), logFile: opts.logFile, env });
  const client = createDatabaseClient(database.url, { max: 2 });
  try {
    const user = await createSignedInUser(client.db, stack.baseUrl, { plan: "pro" });
    const started = performance.now();
    const job = await apiClient(stack.baseUrl, user.cookie).jobs.start.mutate({ count: opts.leads });
    let row: typeof prospectingJobs.$inferSelect | undefined;
    for (let i = 0; i < 3600; i++) {
      row = await client.db.query.prospectingJobs.findFirst({ where: eq(prospectingJobs.id, job.id) });
      if (row?.status === "completed" || row?.status === "failed") break;
      await sleep(100);
    }
    const seconds = (performance.now() - started) / 1000;
    if (row?.status !== "completed") throw new Error(`the throughput run ended ${row?.status ?? "unknown"} after ${seconds.toFixed(0)} s`);
    const [plans] = await client.db.select({ full: count() }).from(leads).where(and(eq(leads.jobId, job.id), eq(leads.plan, "full")));
    const fullPlans = plans!.full;
    return {
      leads: opts.leads,
      enriched: row.enrichedCount,
      fullPlans,
      seconds,
      perMinute: (row.enrichedCount / seconds) * 60,
      ...(fake ? { modelCalls: fake.requests.length, maxModelCallsInFlight: fake.maxInFlight(), modelConcurrencyLimit: opts.modelConcurrency ?? 4 } : {}),
    };
  } finally {
    await client.sql.end({ timeout: 1 });
    await stack.stop();
    await database.drop();
    await fake?.stop();
  }
}
