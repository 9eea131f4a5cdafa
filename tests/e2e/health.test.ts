import { describe, expect, inject, it } from "vitest";

describe("GET /api/health", () => {
  it("reports the database, the event listener and the job engine ok", async () => {
    const res = await fetch(`${inject("baseUrl")}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok", checks: { database: "ok", events: "ok", jobs: "ok" } });
  });
});
