import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishEvent } from "@/server/domain/events/publish-event";
import { EventBus } from "@/server/realtime/event-bus";
import { openTestDb } from "@/tests/support/db";
import { createTestMember } from "@/tests/support/fixtures";
import { eventStreamResponse } from "./event-stream-response";

const { db, url } = openTestDb();
let bus: EventBus;

beforeAll(async () => {
  bus = new EventBus(db, url);
  await bus.start();
});
afterAll(() => bus.stop());

/** Reads the whole body as text: it only returns if the server ends the stream. */
async function readToEnd(res: Response): Promise<string> {
  return new TextDecoder().decode(await res.arrayBuffer());
}

describe("eventStreamResponse", () => {
  it("ends the stream by itself after maxDurationMs, having sent what came before, so a client resumes by id", async () => {
    const member = await createTestMember(db);
    const before = await publishEvent({ db }, { workspaceId: member.scope.workspaceId, type: "status_update", payload: { n: 1 } });
    const started = Date.now();
    const res = eventStreamResponse({ scope: member.scope, bus, lastEventId: before.id - 1, signal: new AbortController().signal, maxDurationMs: 400 });
    setTimeout(() => void publishEvent({ db }, { workspaceId: member.scope.workspaceId, type: "status_update", payload: { n: 2 } }), 100);
    const text = await readToEnd(res);
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    expect(text).toContain("retry: 3000");
    const ids = [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(before.id);
    expect(ids[1]).toBeGreaterThan(before.id);
    expect(text).toContain('"payload":{"n":2}');
  });
});
