import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import type { Inngest, InngestFunction } from "inngest";
import { serve } from "inngest/node";
import { afterAll } from "vitest";
import { createDatabaseClient, type DatabaseClient } from "@/db/client";
import { engineRuns, engineSteps } from "@/db/schema";
import { startEngine, type Engine, type EngineConfig } from "@/inngest/executor/start-engine";
import { createTestDatabase } from "./test-database";

/** A database of its own for one engine test file: engines claim every run they can see. */
export async function isolatedDatabase(): Promise<DatabaseClient> {
  const database = await createTestDatabase("engine");
  const client = createDatabaseClient(database.url, { max: 10 });
  afterAll(async () => {
    await client.sql.end({ timeout: 1 });
    await database.drop();
  });
  return client;
}

/** Serves functions through the SDK's real Node handler on a loopback port. */
export async function serveApp(opts: { client: Inngest.Any; functions: InngestFunction.Any[]; signingKey?: string }) {
  const handler = serve({ client: opts.client, functions: opts.functions, ...(opts.signingKey ? { signingKey: opts.signingKey } : {}) });
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/inngest`;
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { url, server };
}

export async function startTestEngine(config: EngineConfig): Promise<Engine> {
  const engine = await startEngine({ retryBaseMs: 50, unreachableDelayMs: 100, pollMs: 50, leaseMs: 3_000, ...config });
  afterAll(() => engine.stop());
  return engine;
}

export async function waitForRun(db: DatabaseClient["db"], functionId: string, opts: { timeoutMs?: number; count?: number } = {}) {
  const deadline = Date.now() + (opts.timeoutMs ?? 15_000);
  for (;;) {
    const runs = await db.select().from(engineRuns).where(eq(engineRuns.functionId, functionId));
    const finished = runs.filter((r) => r.status === "completed" || r.status === "failed");
    if (finished.length >= (opts.count ?? 1)) return finished;
    if (Date.now() > deadline) throw new Error(`${functionId}: ${finished.length} of ${opts.count ?? 1} runs finished in time (${runs.map((r) => r.status).join(", ")})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function stepHistory(db: DatabaseClient["db"], runId: string) {
  return db.select().from(engineSteps).where(eq(engineSteps.runId, runId)).orderBy(engineSteps.id);
}
