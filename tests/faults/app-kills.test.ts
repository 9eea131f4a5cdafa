import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "@/server/demo-web/seeded-random";
import { createDatabaseClient } from "@/db/client";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { startFaultStack, type FaultStack } from "./support/fault-stack";
import { expectRunEnrichedOnce, expectStreamCaughtUp, readJob, startWatchedRun } from "./support/run-checks";

// Fixed, so the kill moments are the same on every run: change it to explore other timings.
const SEED = 0x5eed_0001;
const LEADS = 30;
const KILLS = 5;

// Its own database, app and engine: this file kills the app.
let database: TestDatabase;
let stack: FaultStack;
let client: ReturnType<typeof createDatabaseClient>;

beforeAll(async () => {
  database = await createTestDatabase("faults_app_kills");
  stack = await startFaultStack({
    databaseUrl: database.url,
    authSecret: randomBytes(32).toString("base64url"),
    logFile: ".data/test/faults-app-kills-server.log",
    // Three leads at a time: the run must still be going at the fifth kill (at full speed 30 leads take seconds).
    env: { LEAD_CONCURRENCY_PER_WORKSPACE: "3" },
  });
  client = createDatabaseClient(database.url, { max: 4 });
});
afterAll(async () => {
  await client?.sql.end({ timeout: 1 });
  await stack?.stop();
  await database?.drop();
});

describe("a run survives its app being SIGKILLed again and again", () => {
  it(`enriches ${LEADS} leads once each through ${KILLS} kills, and a resuming client sees every event once, in order`, async () => {
    const { db } = client;
    const { user, board, job } = await startWatchedRun(db, stack.baseUrl, { leads: LEADS });

    const random = seededRandom(SEED);
    const statusAtKill: string[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      await sleep(random.int(700, 2_500));
      statusAtKill.push((await readJob(db, job.id)).status);
      await stack.killApp();
      // Like a browser tab whose server vanished: the stream is gone; it comes back resuming by id.
      board.close();
      await stack.startApp();
      await board.open();
    }
    // Otherwise the kills would have tested a finished run, not a running one.
    expect(statusAtKill).toEqual(Array(KILLS).fill("running"));

    await expectRunEnrichedOnce(db, { workspaceId: user.workspace.id, jobId: job.id, count: LEADS, timeoutMs: 240_000 });
    await expectStreamCaughtUp(db, board, user.workspace.id);
    expect(board.connections()).toBe(KILLS + 1);
    expect(board.events().every((e) => e.event.workspaceId === user.workspace.id && String(e.event.id) === e.id)).toBe(true);
  });
});
