import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "@/db/client";
import { until } from "@/tests/support/spawn-process";
import { startDedicatedPostgres } from "./support/dedicated-postgres";
import { startFaultStack, type FaultStack } from "./support/fault-stack";
import { killHard } from "./support/logged-process";
import { expectRunEnrichedOnce, expectStreamCaughtUp, readJob, startWatchedRun } from "./support/run-checks";
import { supervise } from "./support/supervise";

const LEADS = 12;
const OUTAGE_MS = 2_500;

// A cluster of its own: this file stops the database server under the app and the engine. The
// engine runs as its own process (as it would beside `next start`), so a crash shows as an exit.
let postgres: Awaited<ReturnType<typeof startDedicatedPostgres>>;
let stack: FaultStack;
let client: ReturnType<typeof createDatabaseClient>;
let supervisor: ReturnType<typeof supervise> | undefined;

beforeAll(async () => {
  postgres = await startDedicatedPostgres("faults-pg-restart");
  // Three leads at a time, so the run is still going when PostgreSQL restarts.
  stack = await startFaultStack({ databaseUrl: postgres.url, authSecret: randomBytes(32).toString("base64url"), logFile: ".data/test/faults-pg-restart-server.log", engine: "process", env: { LEAD_CONCURRENCY_PER_WORKSPACE: "3" } });
  client = createDatabaseClient(postgres.url, { max: 4 });
});
afterAll(async () => {
  // Never let a failing supervisor keep the stack from being stopped.
  await supervisor?.stop().catch(() => {});
  await client?.sql.end({ timeout: 1 });
  await stack?.stop();
  await postgres?.destroy();
});

async function restartPostgres() {
  await postgres.stop();
  await sleep(OUTAGE_MS);
  await postgres.start();
}

describe("a PostgreSQL restart", () => {
  it(`leaves a ${LEADS}-lead run complete, each lead once, and the live client caught up on every event once, in order`, async () => {
    const { db } = client;
    const { user, board, job } = await startWatchedRun(db, stack.baseUrl, { leads: LEADS, firstLeads: 3 });

    // A process that dies is restarted, as a process manager would, so the rest can still be checked.
    supervisor = supervise(stack);
    const before = await readJob(db, job.id);
    await restartPostgres();
    expect(before.status).toBe("running");

    await expectRunEnrichedOnce(db, { workspaceId: user.workspace.id, jobId: job.id, count: LEADS, timeoutMs: 180_000 });
    // The LISTEN connection died with the server: the app's bus must reconnect and the stream backfill.
    await expectStreamCaughtUp(db, board, user.workspace.id);
    board.close();
    const health = (await (await fetch(`${stack.baseUrl}/api/health`)).json()) as { checks: Record<string, string> };
    expect(health.checks).toMatchObject({ database: "ok", events: "ok" });

    await supervisor.stop();
    // Last, so a crash does not hide whether the run itself held up: nothing may have died.
    expect(supervisor.crashes).toEqual([]);
    supervisor = undefined;
  });

  it("fails a transaction it cuts, and the process that ran it lives on and reconnects", async () => {
    // The product's own client in a process of its own: no test runner there to catch a crash.
    const probe = spawn(process.execPath, ["--import", "tsx", "tests/faults/support/transaction-probe.ts"], {
      env: { ...process.env, PROBE_DATABASE_URL: postgres.url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    probe.stdout.on("data", (d: Buffer) => (output += d.toString()));
    probe.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => probe.once("exit", (code) => resolve(code)));
    try {
      await until(() => output.includes("in-transaction") || probe.exitCode !== null, "the probe's transaction to start", 30_000);
      await sleep(200);
      await restartPostgres();
      const code = await Promise.race([exited, sleep(30_000).then(() => "still running")]);
      // Its own lines, and the first line and frame of any error that ended it.
      const lines = output.split("\n").filter((l, i, all) => /^(in-transaction|rejected|committed|recovered|\w*Error\b)/.test(l) || /^\w*Error\b/.test(all[i - 1] ?? ""));
      // How the cut surfaces (CONNECTION_CLOSED, 57P01) is the driver's business; that it is an error is not.
      const steps = lines.map((l) => (l.startsWith("rejected") ? "rejected" : l));
      expect({ code, steps }).toEqual({ code: 0, steps: ["in-transaction", "rejected", "recovered"] });
    } finally {
      await killHard(probe);
    }
  });
});
