import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishEvent } from "@/server/domain/events/publish-event";
import type { WorkspaceEvent } from "@/server/domain/events/workspace-event";
import { openTestDb } from "@/tests/support/db";
import { createTestMember } from "@/tests/support/fixtures";
import { nothingWithin, take } from "@/tests/support/take-events";
import { EventBus } from "./event-bus";
import { streamWorkspaceEvents } from "./stream-workspace-events";

const { db, url } = openTestDb();
let bus: EventBus;
const aborts: AbortController[] = [];

beforeAll(async () => {
  bus = new EventBus(db, url);
  await bus.start();
});
afterAll(async () => {
  for (const a of aborts) a.abort();
  await bus.stop();
});

function open(workspaceId: string, lastEventId: number | null) {
  const abort = new AbortController();
  aborts.push(abort);
  return streamWorkspaceEvents({ scope: { db, workspaceId }, bus, lastEventId, signal: abort.signal });
}

function emit(workspaceId: string, n: number) {
  return publishEvent({ db }, { workspaceId, type: "status_update", payload: { n } });
}

const ns = (events: WorkspaceEvent[]) => events.map((e) => e.payload.n);

describe("streamWorkspaceEvents", () => {
  it("delivers live events of its own workspace only, named for the frontend", async () => {
    const a = await createTestMember(db);
    const b = await createTestMember(db);
    const stream = open(a.scope.workspaceId, null);
    const first = stream.next();
    await new Promise((r) => setTimeout(r, 50));
    await emit(b.scope.workspaceId, 1);
    await emit(a.scope.workspaceId, 2);
    await emit(b.scope.workspaceId, 3);
    await emit(a.scope.workspaceId, 4);

    const events = [(await first).value as WorkspaceEvent, ...(await take(stream, 1))];
    expect(ns(events)).toEqual([2, 4]);
    expect(events.every((e) => e.workspaceId === a.scope.workspaceId && e.name === "enrichment-progress")).toBe(true);
    expect(await nothingWithin(stream, 300)).toBe(true);
  });

  it("resumes after a given id with exactly the missed events, then continues live", async () => {
    const { scope } = await createTestMember(db);
    const published = [];
    for (let n = 1; n <= 5; n++) published.push(await emit(scope.workspaceId, n));

    const stream = open(scope.workspaceId, published[1]!.id);
    const backlog = await take(stream, 3);
    expect(ns(backlog)).toEqual([3, 4, 5]);
    await emit(scope.workspaceId, 6);
    expect(ns(await take(stream, 1))).toEqual([6]);
    expect(await nothingWithin(stream, 300)).toBe(true);
  });

  it("hands on events too big to travel in the notification, in order among those that do", async () => {
    const { scope } = await createTestMember(db);
    const stream = open(scope.workspaceId, null);
    const first = stream.next();
    await new Promise((r) => setTimeout(r, 50));
    const big = "x".repeat(20_000);
    await emit(scope.workspaceId, 1);
    await publishEvent({ db }, { workspaceId: scope.workspaceId, type: "status_update", payload: { n: 2, big } });
    await emit(scope.workspaceId, 3);
    const events = [(await first).value as WorkspaceEvent, ...(await take(stream, 2))];
    expect(ns(events)).toEqual([1, 2, 3]);
    expect(events[1]!.payload.big).toBe(big);
    expect(events.every((e) => e.createdAt instanceof Date)).toBe(true);
  });

  it("has no gap and no duplicate when it opens while events are being written", async () => {
    const { scope } = await createTestMember(db);
    const writing = (async () => {
      for (let n = 1; n <= 60; n++) await emit(scope.workspaceId, n);
    })();
    await new Promise((r) => setTimeout(r, 20));
    const stream = open(scope.workspaceId, 0);
    const events = await take(stream, 60, 15_000);
    await writing;
    expect(ns(events)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const ids = events.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
  });

  it("orders a workspace's events by commit: a later writer waits for an open transaction", async () => {
    const { scope } = await createTestMember(db);
    const stream = open(scope.workspaceId, null);
    const pending = stream.next();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let slowId = 0;
    const slow = db.transaction(async (tx) => {
      slowId = (await publishEvent({ db: tx }, { workspaceId: scope.workspaceId, type: "status_update", payload: { n: 1 } })).id;
      await held;
    });
    await new Promise((r) => setTimeout(r, 100));
    let fastDone = false;
    const fast = emit(scope.workspaceId, 2).then((row) => {
      fastDone = true;
      return row;
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(fastDone).toBe(false);
    release();
    await slow;
    const fastRow = await fast;

    expect(fastRow.id).toBeGreaterThan(slowId);
    const events = [(await pending).value as WorkspaceEvent, ...(await take(stream, 1))];
    expect(ns(events)).toEqual([1, 2]);
  });

  it("catches up on events written while the LISTEN connection was down", async () => {
    const { scope } = await createTestMember(db);
    const stream = open(scope.workspaceId, null);
    const pending = stream.next();
    await new Promise((r) => setTimeout(r, 50));
    const killed = await db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'listen%' and datname = current_database()`,
    );
    expect(killed).toHaveLength(1);
    await emit(scope.workspaceId, 1);
    await emit(scope.workspaceId, 2);

    const events = [(await pending).value as WorkspaceEvent, ...(await take(stream, 1, 10_000))];
    expect(ns(events)).toEqual([1, 2]);
    expect(bus.listening).toBe(true);
  });
});
