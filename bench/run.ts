/**
 * `npm run bench`: every figure of the product's performance goals, each against a baseline
 * measured in this same run, on a production build (`next build`, then `next start` with the
 * bundled engine) and a fresh database. Prints a table and writes bench/results/latest.json.
 * Goals are printed PASS / MISS, never thrown: timings on a shared 2-core machine are noisy.
 *
 *   npm run bench                      # builds first; BENCH_SKIP_BUILD=1 reuses .next-bench
 *   BENCH_ONLY=floor,fanout npm run bench   # a part only: written to bench/results/partial.json
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { createDatabaseClient } from "@/db/client";
import { buildApp } from "@/tests/support/app-server";
import { startPipelineStack } from "@/tests/support/pipeline-stack";
import { createTestDatabase } from "@/tests/support/test-database";
import { measureBoard, type BoardResult } from "./board";
import { measureEngine, type EngineResult } from "./engine";
import { machine, ms, printTable, times, writeResults, type Row } from "./lib/report";
import type { Summary } from "./lib/stats";
import { createSubscriberWorkspaces, measureDelivery, measureFloor, type DeliveryResult } from "./realtime";
import { measureThroughput, type ThroughputResult } from "./throughput";

const only = new Set((process.env.BENCH_ONLY ?? "floor,event-path,fanout,board,engine,throughput").split(","));
const FAN_OUT = (process.env.BENCH_FANOUT ?? "1000,2000,5000").split(",").map(Number);
const SUBSCRIBERS_PER_WORKSPACE = 10;

type Results = {
  machine: ReturnType<typeof machine>;
  floor?: Summary;
  eventPath?: DeliveryResult;
  fanOut?: (DeliveryResult & { subscribers: number })[];
  board?: BoardResult;
  engine?: EngineResult;
  throughput?: ThroughputResult;
  throughputWithModel?: ThroughputResult;
};

function log(message: string) {
  console.info(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function realtimeAndBoard(results: Results) {
  const database = await createTestDatabase("bench");
  const authSecret = randomBytes(32).toString("base64url");
  const stack = await startPipelineStack({ databaseUrl: database.url, authSecret, logFile: ".data/test/bench-server.log" });
  const client = createDatabaseClient(database.url, { max: 8 });
  try {
    const [version] = await client.db.execute<{ server_version: string }>(sql`show server_version`);
    results.machine.postgres = version!.server_version;
    if (only.has("floor") || only.has("event-path")) {
      log("floor: insert + pg_notify → LISTEN on another connection, 1,000 samples");
      results.floor = await measureFloor(database.url);
    }
    // The board first, on a server that has not yet held thousands of streams.
    if (only.has("board")) {
      log("board: 10,000 leads in Chromium, 100 events/s");
      results.board = await measureBoard({ baseUrl: stack.baseUrl, db: client.db });
    }
    const needed = Math.max(only.has("event-path") ? 1000 : 0, ...(only.has("fanout") ? FAN_OUT : [0])) / SUBSCRIBERS_PER_WORKSPACE;
    const workspaces = needed > 0 ? await createSubscriberWorkspaces(client.db, authSecret, needed) : [];
    const appPid = stack.app().process.pid!;
    if (only.has("event-path")) {
      log("event path: 1,000 subscribers (100 workspaces × 10), 20 events/s for 15 s");
      results.eventPath = await measureDelivery({ db: client.db, baseUrl: stack.baseUrl, appPid, workspaces: workspaces.slice(0, 100), subscribers: 1000, rate: 20, seconds: 15 });
    }
    if (only.has("fanout")) {
      results.fanOut = [];
      for (const subscribers of FAN_OUT) {
        log(`fan-out: ${subscribers} subscribers (${subscribers / SUBSCRIBERS_PER_WORKSPACE} workspaces × 10), 100 events/s for 10 s`);
        const used = workspaces.slice(0, subscribers / SUBSCRIBERS_PER_WORKSPACE);
        results.fanOut.push({ subscribers, ...(await measureDelivery({ db: client.db, baseUrl: stack.baseUrl, appPid, workspaces: used, subscribers, rate: 100, seconds: 10 })) });
      }
    }
  } finally {
    await client.sql.end({ timeout: 1 });
    await stack.stop();
    await database.drop();
  }
}

async function engineBench(results: Results) {
  const database = await createTestDatabase("bench-engine");
  const client = createDatabaseClient(database.url, { max: 12 });
  try {
    log("engine: 100 leads × 21 write-only steps through the local engine, and the same writes in a plain loop");
    results.engine = await measureEngine({ db: client.db, databaseUrl: database.url });
  } finally {
    await client.sql.end({ timeout: 1 });
    await database.drop();
  }
}

function rows(r: Results): Row[] {
  const out: Row[] = [];
  if (r.floor) out.push({ figure: "floor: commit + pg_notify → listener p50 / p99", value: `${ms(r.floor.p50)} / ${ms(r.floor.p99)}`, baseline: "—", ratio: "1×", goal: "baseline", pass: null });
  if (r.eventPath && r.floor) {
    const e = r.eventPath;
    out.push({ figure: "event path p50 (1,000 subscribers)", value: ms(e.p50), baseline: ms(r.floor.p50), ratio: times(e.p50 / r.floor.p50), goal: "≤ 3× floor", pass: e.n > 0 && e.p50 <= 3 * r.floor.p50 });
    out.push({ figure: "event path p99 (1,000 subscribers)", value: ms(e.p99), baseline: ms(r.floor.p99), ratio: times(e.p99 / r.floor.p99), goal: "≤ 5× floor", pass: e.n > 0 && e.p99 <= 5 * r.floor.p99 });
    out.push({ figure: "event path deliveries (stream errors)", value: `${e.delivered} / ${e.expected} (${e.errors})`, baseline: "—", ratio: "—", goal: "all", pass: e.delivered === e.expected });
  }
  for (const f of r.fanOut ?? []) {
    const big = f.subscribers === 5000;
    out.push({
      figure: `fan-out ${f.subscribers} subs @100 ev/s: p99 delivery`,
      value: ms(f.p99),
      baseline: r.floor ? ms(r.floor.p99) : "—",
      ratio: r.floor ? times(f.p99 / r.floor.p99) : "—",
      goal: big ? "≤ 50 ms" : "—",
      pass: big ? f.n > 0 && f.p99 <= 50 : null,
    });
    out.push({ figure: `fan-out ${f.subscribers}: server RSS peak / CPU`, value: `${f.peakRssMb.toFixed(0)} MB / ${(f.cpuCores * 100).toFixed(0)}% of a core (clients ${(f.clientCpuCores * 100).toFixed(0)}%)`, baseline: "—", ratio: "—", goal: big ? "RSS ≤ 500 MB" : "—", pass: big ? f.peakRssMb <= 500 : null });
    out.push({ figure: `fan-out ${f.subscribers}: deliveries (stream errors)`, value: `${f.delivered} / ${f.expected} (${f.errors})`, baseline: "—", ratio: "—", goal: "all", pass: f.delivered === f.expected });
  }
  if (r.engine) {
    const e = r.engine;
    out.push({ figure: `engine: ${e.leads} leads × 21 write-only steps`, value: `${(e.engineMs / 1000).toFixed(2)} s`, baseline: `${(e.loopMs / 1000).toFixed(2)} s (plain loop)`, ratio: times(e.ratio), goal: "≤ 2×", pass: e.ratio <= 2 });
    out.push({ figure: "engine: its own write transactions per step", value: e.engineWritesPerStep.toFixed(2), baseline: `${e.loopWritesPerStep.toFixed(2)} (the step's own)`, ratio: "—", goal: "1", pass: e.engineWritesPerStep <= 1.05 });
  }
  if (r.throughput) {
    const t = r.throughput;
    out.push({ figure: `throughput, demo mode, no keys (${t.leads} asked, ${t.fullPlans} full plans)`, value: `${t.perMinute.toFixed(0)} leads/min`, baseline: "—", ratio: "—", goal: "≥ 100/min", pass: t.perMinute >= 100 });
  }
  if (r.throughputWithModel) {
    const t = r.throughputWithModel;
    out.push({ figure: `throughput, model answers after 1 s (${t.fullPlans} full plans)`, value: `${t.perMinute.toFixed(0)} leads/min`, baseline: "—", ratio: "—", goal: "≥ 60/min", pass: t.perMinute >= 60 });
    out.push({ figure: "model calls in flight, most at once", value: String(t.maxModelCallsInFlight), baseline: "—", ratio: "—", goal: `≤ ${t.modelConcurrencyLimit} (configured)`, pass: (t.maxModelCallsInFlight ?? 0) <= (t.modelConcurrencyLimit ?? 0) });
  }
  if (r.board) {
    const b = r.board;
    out.push({ figure: `board ${b.leads} leads: first paint`, value: ms(b.firstPaintMs), baseline: "—", ratio: "—", goal: "≤ 1,500 ms", pass: b.firstPaintMs <= 1500 });
    out.push({ figure: "board: cards on screen (navigation → first card)", value: ms(b.cardsOnScreenMs), baseline: "—", ratio: "—", goal: "—", pass: null });
    out.push({ figure: `board: frames while ${b.eventsSent} events stream, p95 / worst`, value: `${ms(b.streamFrames.p95)} / ${ms(b.streamFrames.max)}`, baseline: "16.7 ms (one 60 Hz frame)", ratio: times(b.streamFrames.p95 / (1000 / 60)), goal: "p95 ≤ 16 ms", pass: b.streamFrames.p95 <= 1000 / 60 + 0.5 });
  }
  return out;
}

async function main() {
  const results: Results = { machine: machine("unknown") };
  if (process.env.BENCH_SKIP_BUILD !== "1" && (only.has("floor") || only.has("event-path") || only.has("fanout") || only.has("board") || only.has("throughput"))) {
    log("next build (production) …");
    buildApp();
  }
  if (["floor", "event-path", "fanout", "board"].some((s) => only.has(s))) await realtimeAndBoard(results);
  if (only.has("engine")) await engineBench(results);
  if (only.has("throughput")) {
    log("throughput: 100 leads in demo mode, no model key");
    results.throughput = await measureThroughput({ leads: 100, logFile: ".data/test/bench-throughput.log" });
    log("throughput: 100 leads, every model call answered after 1 s, 16 calls in flight allowed");
    results.throughputWithModel = await measureThroughput({ leads: 100, modelAfterMs: 1000, modelConcurrency: 16, logFile: ".data/test/bench-throughput-model.log" });
  }
  const table = printTable(rows(results));
  const m = results.machine;
  console.info(`\nNellia Prospector bench — ${m.date.slice(0, 16).replace("T", " ")} UTC, commit ${m.commit}, ${m.cores} × ${m.cpu}, ${m.memoryGb} GB, Node ${m.node}, PostgreSQL ${m.postgres}\n`);
  console.info(table);
  // A partial run (BENCH_ONLY) does not replace the full table that the README quotes.
  const file = process.env.BENCH_ONLY ? "bench/results/partial.json" : "bench/results/latest.json";
  writeResults(file, { ...results, table: rows(results) });
  console.info(`\nwritten to ${file}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
