import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "@/db/client";
import { until } from "@/tests/support/spawn-process";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { createSignedInUser } from "@/tests/support/test-user";
import { startFaultStack, type FaultStack } from "./support/fault-stack";
import { resumingClient } from "./support/resuming-client";
import { noDefects, storedEventIds, streamDefects } from "./support/run-checks";
import { startSteadyPublisher } from "./support/steady-publisher";

const EVENTS = 10_000;
const PER_SECOND = 400;
// Kill points spread over the stream: each kill lands while events keep being written.
const KILL_AT = [2_500, 5_000, 7_500];

// Its own database, app and engine: this file kills the app.
let database: TestDatabase;
let stack: FaultStack;
let client: ReturnType<typeof createDatabaseClient>;
let publisher: ReturnType<typeof startSteadyPublisher> | undefined;

beforeAll(async () => {
  database = await createTestDatabase("faults_stream");
  stack = await startFaultStack({ databaseUrl: database.url, authSecret: randomBytes(32).toString("base64url"), logFile: ".data/test/faults-stream-server.log" });
  client = createDatabaseClient(database.url, { max: 4 });
});
afterAll(async () => {
  await publisher?.stop();
  await client?.sql.end({ timeout: 1 });
  await stack?.stop();
  await database?.drop();
});

describe("an event stream through app restarts", () => {
  it(`delivers ${EVENTS.toLocaleString("en")} events through ${KILL_AT.length} SIGKILLs of the app with no gap and no duplicate`, async () => {
    const { db } = client;
    const user = await createSignedInUser(db, stack.baseUrl);
    const board = resumingClient({ baseUrl: stack.baseUrl, cookie: user.cookie, fromId: 0 });
    await board.open();
    publisher = startSteadyPublisher({ db, workspaceId: user.workspace.id, total: EVENTS, perSecond: PER_SECOND });

    const publishedAtKill: number[] = [];
    for (const at of KILL_AT) {
      await until(() => publisher!.published() >= at, `${at} events to be written`, 120_000);
      // Killed while the client follows live (not while it only catches up after a reopen).
      await until(() => Number(board.events().at(-1)?.event.payload.n ?? 0) >= at, `the client to follow the stream live up to event ${at}`, 30_000);
      publishedAtKill.push(publisher.published());
      await stack.killApp();
      board.close();
      await stack.startApp();
      await board.open();
    }
    await publisher.done;
    // The kills hit a stream still being written, not one already complete.
    expect(publishedAtKill.every((n) => n < EVENTS)).toBe(true);

    const stored = await storedEventIds(db, user.workspace.id);
    expect(stored).toHaveLength(EVENTS);
    await board.waitForId(stored.at(-1)!, 120_000);
    await sleep(500);
    expect(board.connections()).toBe(KILL_AT.length + 1);
    expect(streamDefects(board.ids(), stored)).toEqual(noDefects);
    expect(board.ids()).toHaveLength(EVENTS);
    const numbers = board.events().map((e) => e.event.payload.n);
    expect(numbers).toEqual(Array.from({ length: EVENTS }, (_, i) => i + 1));
    board.close();
  });
});
