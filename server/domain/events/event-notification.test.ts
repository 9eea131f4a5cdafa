import { describe, expect, it } from "vitest";
import { eventNotification, readEventNotification } from "./event-notification";
import type { PipelineEventRow } from "./workspace-event";

const row = (payload: Record<string, unknown>): PipelineEventRow => ({
  id: 42,
  workspaceId: "0b3f4c1e-8f0e-4a8e-9a51-6f7f5a3c2d10",
  jobId: null,
  leadId: null,
  type: "status_update",
  payload,
  createdAt: new Date("2026-11-27T12:00:00.123Z"),
});

describe("event notifications", () => {
  it("carry a small event whole, and give it back equal to the row", () => {
    const small = row({ message: "Crawling pages", progress: { done: 2, total: 21 } });
    const note = eventNotification(small);
    expect(readEventNotification(note)).toEqual({ row: small });
  });

  it("carry only the id of an event too big for NOTIFY", () => {
    const big = row({ text: "é".repeat(5_000) });
    expect(eventNotification(big)).toBe("42");
    expect(readEventNotification("42")).toEqual({ id: 42 });
  });

  it("ignore what they cannot read", () => {
    expect(readEventNotification("{not json")).toBeNull();
    expect(readEventNotification("drop table")).toBeNull();
    expect(readEventNotification('{"id":"x"}')).toBeNull();
  });
});
