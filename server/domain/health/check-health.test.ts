import { describe, expect, it } from "vitest";
import type { EventBus } from "@/server/realtime/event-bus";
import { openTestDb } from "@/tests/support/db";
import { checkHealth } from "./check-health";

const { db } = openTestDb();

describe("checkHealth", () => {
  it("is ok when the database answers and the listener is connected", async () => {
    const report = await checkHealth({ db: async () => db, bus: async () => ({ listening: true }) as EventBus });
    expect(report).toEqual({ status: "ok", checks: { database: "ok", events: "ok" } });
  });

  it("names each failing part", async () => {
    const report = await checkHealth({
      db: () => Promise.reject(new Error("connection refused")),
      bus: async () => ({ listening: false }) as EventBus,
    });
    expect(report).toEqual({ status: "degraded", checks: { database: "down", events: "down" } });
  });
});
