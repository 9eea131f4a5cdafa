import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openTestDb } from "@/tests/support/db";
import { consumeRateLimit } from "./consume-rate-limit";

const { db } = openTestDb();

describe("rate limits", () => {
  it("allows `limit` attempts in a window, refuses the next with how long to wait, and starts over in the next window", async () => {
    const key = `test:${randomUUID()}`;
    const rule = { limit: 3, windowMs: 60_000 };
    const at = new Date("2026-11-27T10:00:15Z");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit(db, key, rule, at));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3]!.retryAfterSeconds).toBe(45);
    expect((await consumeRateLimit(db, key, rule, new Date("2026-11-27T10:01:00Z"))).allowed).toBe(true);
  });

  it("counts concurrent attempts exactly, whatever instance makes them", async () => {
    const key = `test:${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit(db, key, { limit: 5, windowMs: 60_000 })));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });
});
