import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "@/server/demo-web/seeded-random";
import { createDatabaseClient } from "@/db/client";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { startFaultStack, type FaultStack } from "./support/fault-stack";
import { expectRunEnrichedOnce, expectStreamCaughtUp, readJob, startWatchedRun } from "./support/run-checks";

const SEED = 0x5eed_0002;
const LEADS = 12;
const KILLS = 2;

// Its own database, app and engine; the engine runs as its own process so it can be SIGKILLed.
let database: TestDatabase;
let stack: FaultStack;
let client: ReturnType<typeof createDatabaseClient>;

beforeAll(async () => {
  database = await createTestDatabase("faults_engine_kills");
  // Three leads at a time, so the run is still going when the engine dies (at full speed 12 leads take seconds).
  stack = await startFaultStack({ databaseUrl: database.url, authSecret: randomBytes(32).toString("base64url"), logFile: ".data/test/faults-engine-kills-server.log", engine: "process", env: { LEAD_CONCURRENCY_PER_WORKSPACE: "3" } });
  client = createDatabaseClient(database.url, { max: 4 });
});
afterAll(async () => {
  await client?.sql.end({ timeout: 1 });
  await stack?.stop();
  await database?.drop();
});

describe("a run survives its engine being SIGKILLed and restarted", () => {
  it(`enriches ${LEADS} leads once each through ${KILLS} engine kills, with every event streamed once, in order`, async () => {
    const { db } = client;
    const { user, board, job } = await startWatchedRun(db, stack.baseUrl, { leads: LEADS, firstLeads: 2 });

    const random = seededRandom(SEED);
    const statusAtKill: string[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      await sleep(random.int(500, 2_500));
      statusAtKill.push((await readJob(db, job.id)).status);
      await stack.killEngine();
      // Runs it had claimed keep their lease until it lapses; the new engine reclaims them.
      await sleep(random.int(500, 2_000));
      await stack.startEngine();
    }
    expect(statusAtKill).toEqual(Array(KILLS).fill("running"));

    await expectRunEnrichedOnce(db, { workspaceId: user.workspace.id, jobId: job.id, count: LEADS, timeoutMs: 180_000 });
    // The app never went down, so one stream saw it all.
    await expectStreamCaughtUp(db, board, user.workspace.id);
    expect(board.connections()).toBe(1);
    board.close();
  });
});
