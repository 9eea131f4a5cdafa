import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/db/free-port";
import type { EventBus } from "@/server/realtime/event-bus";
import { openTestDb } from "@/tests/support/db";
import { checkHealth } from "./check-health";
import { checkJobs } from "./check-jobs";

const { db } = openTestDb();

// Stands in for the bundled engine: `/health` answers 200 with the queue depth.
let engine: Server;
let engineUrl: string;
beforeAll(async () => {
  engine = createServer((req, res) => {
    res.writeHead(req.url === "/health" ? 200 : 404, { "content-type": "application/json" }).end('{"status":"ok","queued":0}');
  });
  await new Promise<void>((resolve) => engine.listen(0, "127.0.0.1", resolve));
  engineUrl = `http://127.0.0.1:${(engine.address() as AddressInfo).port}`;
});
afterAll(() => {
  engine.closeAllConnections();
  engine.close();
});

describe("checkHealth", () => {
  it("is ok when the database answers, the listener is connected and the job engine is reachable", async () => {
    const report = await checkHealth({ db: async () => db, bus: async () => ({ listening: true }) as EventBus, jobs: () => checkJobs({ INNGEST_DEV: engineUrl }) });
    expect(report).toEqual({ status: "ok", checks: { database: "ok", events: "ok", jobs: "ok" } });
  });

  it("names each failing part", async () => {
    const report = await checkHealth({
      db: () => Promise.reject(new Error("connection refused")),
      bus: async () => ({ listening: false }) as EventBus,
      jobs: () => Promise.reject(new Error("boom")),
    });
    expect(report).toEqual({ status: "degraded", checks: { database: "down", events: "down", jobs: "down" } });
  });

  it("is degraded by the job engine alone", async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const report = await checkHealth({ db: async () => db, bus: async () => ({ listening: true }) as EventBus, jobs: () => checkJobs({ INNGEST_DEV: closed }) });
    expect(report).toEqual({ status: "degraded", checks: { database: "ok", events: "ok", jobs: "down" } });
  });
});

describe("checkJobs", () => {
  it("reaches the engine at INNGEST_BASE_URL (signed mode) as well as INNGEST_DEV", async () => {
    expect(await checkJobs({ INNGEST_BASE_URL: engineUrl, INNGEST_SIGNING_KEY: "signkey-test-1", INNGEST_EVENT_KEY: "e" })).toBe("ok");
    expect(await checkJobs({ INNGEST_DEV: `${engineUrl}/` })).toBe("ok");
  });

  it("is down when the engine does not answer in time or answers with an error", async () => {
    const hanging = createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
      expect(await checkJobs({ INNGEST_DEV: url }, { timeoutMs: 200 })).toBe("down");
    } finally {
      hanging.closeAllConnections();
      hanging.close();
    }
    expect(await checkJobs({ INNGEST_DEV: engineUrl }, { fetch: async () => new Response("no", { status: 500 }) })).toBe("down");
  });

  it("on Inngest Cloud (both keys, no base URL) is configured, and with neither engine nor keys is down", async () => {
    expect(await checkJobs({ INNGEST_SIGNING_KEY: "signkey-prod-1", INNGEST_EVENT_KEY: "key" })).toBe("configured");
    expect(await checkJobs({ INNGEST_SIGNING_KEY: "signkey-prod-1" })).toBe("down");
    expect(await checkJobs({ INNGEST_DEV: "0" })).toBe("down");
  });
});
