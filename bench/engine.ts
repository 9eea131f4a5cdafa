import http from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest } from "inngest";
import { serve } from "inngest/node";
import postgres from "postgres";
import type { Db } from "@/db/client";
import { startEngine } from "@/inngest/executor/start-engine";
import { sleep } from "./lib/stats";

export type EngineResult = { leads: number; steps: number; engineMs: number; loopMs: number; ratio: number; engineWritesPerStep: number; loopWritesPerStep: number };

const STEPS = 21;

/**
 * 100 leads × 21 steps that only do their database writes (one transaction: a step row and the
 * lead's progress), run by the local engine through the real Inngest SDK, against a plain loop
 * in this process doing the same writes with the same concurrency (8 runs in hand, 8 lanes).
 * Write transactions are counted by transaction ids consumed (only writes take one).
 */
export async function measureEngine(opts: { db: Db; databaseUrl: string; leads?: number }): Promise<EngineResult> {
  const leads = opts.leads ?? 100;
  const sql = postgres(opts.databaseUrl, { max: 10, onnotice: () => {} });
  await sql`create table if not exists bench_engine_leads (id int primary key, step int not null default -1, updated_at timestamptz)`;
  await sql`create table if not exists bench_engine_steps (id bigserial primary key, lead_id int not null, step int not null, at timestamptz not null default now())`;
  const reset = async () => {
    await sql`truncate bench_engine_leads, bench_engine_steps`;
    await sql`insert into bench_engine_leads (id) select generate_series(0, ${leads - 1})`;
  };
  const writeStep = (leadId: number, step: number) =>
    sql.begin(async (tx) => {
      await tx`insert into bench_engine_steps (lead_id, step) values (${leadId}, ${step})`;
      await tx`update bench_engine_leads set step = ${step}, updated_at = now() where id = ${leadId}`;
    });
  const xid = async () => Number((await sql`select pg_current_xact_id()::text::bigint as x`)[0]!.x);

  // Baseline: the same writes, eight leads at a time, no engine.
  await reset();
  let x0 = await xid();
  let started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let lead = next++; lead < leads; lead = next++) for (let step = 0; step < STEPS; step++) await writeStep(lead, step);
    }),
  );
  const loopMs = performance.now() - started;
  const loopWrites = (await xid()) - x0 - 1;

  // The engine: an SDK endpoint in this process with one function of 21 steps.
  const engine = await startEngine({ db: opts.db, retryBaseMs: 200, leaseMs: 15_000, pollMs: 50, workers: 8 });
  const client = new Inngest({ id: "nellia-bench", isDev: true, baseUrl: engine.url });
  const fn = client.createFunction({ id: "bench-lead", retries: 0, triggers: [{ event: "bench/lead" }] }, async ({ event, step }) => {
    const leadId = (event.data as { leadId: number }).leadId;
    for (let i = 0; i < STEPS; i++) await step.run(`agent-${i}`, () => writeStep(leadId, i));
  });
  const handler = serve({ client, functions: [fn] });
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/inngest`;
  const put = await fetch(appUrl, { method: "PUT" });
  if (!put.ok) throw new Error(`the bench function did not register: ${put.status} ${await put.text()}`);
  await sleep(500);

  await reset();
  x0 = await xid();
  started = performance.now();
  await client.send(Array.from({ length: leads }, (_, leadId) => ({ name: "bench/lead", data: { leadId } })));
  for (let i = 0; i < 6000; i++) {
    const [row] = await sql`select count(*)::int as done from bench_engine_leads where step = ${STEPS - 1}`;
    if (row!.done === leads) break;
    await sleep(20);
  }
  const engineMs = performance.now() - started;
  const done = Number((await sql`select count(*)::int as n from bench_engine_leads where step = ${STEPS - 1}`)[0]!.n);
  if (done !== leads) throw new Error(`the engine finished ${done} of ${leads} bench leads`);
  // Our own polling took ids too? No: reads take none. Only the engine and the steps wrote.
  const engineWrites = (await xid()) - x0 - 1;

  await engine.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await sql`drop table bench_engine_leads, bench_engine_steps`;
  await sql.end();
  const steps = leads * STEPS;
  return {
    leads,
    steps,
    engineMs,
    loopMs,
    ratio: engineMs / loopMs,
    // Write transactions beyond the step's own, per step: what the engine itself commits.
    engineWritesPerStep: (engineWrites - loopWrites) / steps,
    loopWritesPerStep: loopWrites / steps,
  };
}
