import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Db } from "@/db/client";
import type { EngineOptions } from "./advance-run";
import { createEngineServer } from "./engine-http";
import { EngineWorker } from "./engine-worker";
import { FunctionIndex } from "./function-index";
import { RunStore } from "./run-store";

export type EngineConfig = {
  db: Db;
  /** The Inngest serve route(s) to sync on start, e.g. http://localhost:3000/api/inngest. */
  appUrls?: string[];
  port?: number;
  host?: string;
  /** Signed mode: calls to the app are signed and registrations must carry this key's hash. */
  signingKey?: string;
  /** Signed mode: events must be sent to /e/<this key>. */
  eventKey?: string;
  /** Runs driven at once by this engine process (one claim loop; each run in hand is a promise). */
  workers?: number;
  leaseMs?: number;
  pollMs?: number;
} & Partial<EngineOptions>;

/**
 * With checkpointing a call holds its run for a whole lead (model calls included), so the engine
 * must hold more runs than a workspace's lead limit or that limit is never reached.
 */
export const DEFAULT_RUNS_IN_HAND = 64;

export type Engine = { url: string; port: number; store: RunStore; sync: () => Promise<void>; stop: () => Promise<void> };

/** Starts the local engine: its HTTP endpoints, its claim loops, and the sync of the given apps. */
export async function startEngine(config: EngineConfig): Promise<Engine> {
  const store = new RunStore(config.db, new FunctionIndex());
  await store.loadApps();
  const options = {
    signingKey: config.signingKey,
    retryBaseMs: config.retryBaseMs ?? 1_000,
    unreachableDelayMs: config.unreachableDelayMs ?? 500,
    callTimeoutMs: config.callTimeoutMs ?? 300_000,
    maxCallsPerClaim: config.maxCallsPerClaim ?? 100,
    leaseMs: config.leaseMs ?? 15_000,
    pollMs: config.pollMs ?? 200,
  };
  const engineId = randomUUID().slice(0, 8);
  const worker = new EngineWorker(store, engineId, { ...options, capacity: config.workers ?? DEFAULT_RUNS_IN_HAND });
  const server = createEngineServer({ db: config.db, store, signingKey: config.signingKey, eventKey: config.eventKey, onEvents: () => worker.wake() });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port ?? 0, config.host ?? "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  worker.start();

  let stopped = false;
  // PUT asks the app to register its functions with us (the SDK then POSTs /fn/register).
  const sync = async () => {
    await Promise.all(
      (config.appUrls ?? []).map(async (appUrl) => {
        const res = await fetch(appUrl, { method: "PUT" });
        if (!res.ok) throw new Error(`sync of ${appUrl} answered ${res.status}: ${await res.text()}`);
      }),
    );
  };
  const syncLoop = (async () => {
    for (let delay = 250; !stopped; delay = Math.min(delay * 2, 5_000)) {
      try {
        await sync();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  })();

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    store,
    sync,
    stop: async () => {
      stopped = true;
      await worker.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await syncLoop;
    },
  };
}
