import { describe, expect, it } from "vitest";
import { WorkspaceLimiter } from "./workspace-limiter";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("per-workspace model concurrency", () => {
  it("keeps at most `limit` calls of one workspace in flight, in arrival order, without holding back another workspace", async () => {
    const limiter = new WorkspaceLimiter();
    const inFlight = new Map<string, number>();
    const peak = new Map<string, number>();
    const order: string[] = [];
    const task = (ws: string, id: string) =>
      limiter.run(ws, 2, async () => {
        inFlight.set(ws, (inFlight.get(ws) ?? 0) + 1);
        peak.set(ws, Math.max(peak.get(ws) ?? 0, inFlight.get(ws)!));
        order.push(id);
        await tick();
        inFlight.set(ws, inFlight.get(ws)! - 1);
        return id;
      });
    const results = await Promise.all([...["a1", "a2", "a3", "a4", "a5"].map((id) => task("a", id)), task("b", "b1")]);
    expect(results).toEqual(["a1", "a2", "a3", "a4", "a5", "b1"]);
    expect(peak.get("a")).toBe(2);
    expect(order.filter((id) => id.startsWith("a"))).toEqual(["a1", "a2", "a3", "a4", "a5"]);
    // b's call did not wait for a's queue.
    expect(order.indexOf("b1")).toBeLessThan(order.indexOf("a3"));
  });

  it("frees the slot when a call throws", async () => {
    const limiter = new WorkspaceLimiter();
    await expect(limiter.run("a", 1, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limiter.run("a", 1, async () => "next")).resolves.toBe("next");
  });
});
