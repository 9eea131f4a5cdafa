import type { ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDatabaseClient, type DatabaseClient } from "@/db/client";
import { freePort } from "@/db/free-port";
import { startEngine, type Engine } from "@/inngest/executor/start-engine";
import { startApp, type AppServer } from "@/tests/support/app-server";
import { until } from "@/tests/support/spawn-process";
import { killHard, spawnLoggedTs } from "./logged-process";

export type FaultStack = {
  baseUrl: string;
  engineUrl: string;
  logFiles: { app: string; engine: string };
  /** Whether each part's process is up (an in-process engine always is). */
  running: () => { app: boolean; engine: boolean };
  /** SIGKILL the app; it stays down until `startApp`. */
  killApp: () => Promise<void>;
  /** `next start` again on the same port, ready once /api/health answers. */
  startApp: () => Promise<void>;
  /** SIGKILL the engine process (only with `engine: "process"`). */
  killEngine: () => Promise<void>;
  /** A new engine process on the same port, ready once it answers /health. */
  startEngine: () => Promise<void>;
  stop: () => Promise<void>;
};

export type FaultStackOptions = {
  databaseUrl: string;
  authSecret: string;
  logFile: string;
  env?: Record<string, string>;
  /**
   * "in-process" runs the engine in the test process (like `npm start`'s launcher does);
   * "process" runs `inngest/executor/cli.ts` as its own process, so it can be SIGKILLed.
   */
  engine?: "in-process" | "process";
};

const ENGINE_LEASE_MS = 3_000;
const ENGINE_RETRY_BASE_MS = 200;

/**
 * The production build (`next start`) plus the bundled engine and the demo web, like
 * tests/support/pipeline-stack.ts, but with each part stoppable on its own: a fault test kills
 * one part and decides itself when it comes back (after closing its stream, say).
 */
export async function startFaultStack(opts: FaultStackOptions): Promise<FaultStack> {
  const appPort = await freePort();
  const enginePort = await freePort();
  const appUrl = `http://127.0.0.1:${appPort}/api/inngest`;
  const engineUrl = `http://127.0.0.1:${enginePort}`;
  const env = { INNGEST_DEV: engineUrl, DEMO_WEB: "1", ...opts.env };
  const engineLog = opts.logFile.replace(/\.log$/, "-engine.log");
  // Fresh logs for each run: a crash report quotes the last error in them.
  mkdirSync(path.dirname(opts.logFile), { recursive: true });
  for (const file of [opts.logFile, engineLog]) writeFileSync(file, "");

  let app: AppServer | null = null;
  let engineProcess: ChildProcess | null = null;
  let inProcess: { engine: Engine; client: DatabaseClient } | null = null;

  const launchEngine = async () => {
    if (opts.engine === "process") {
      const args = ["--app-url", appUrl, "--port", String(enginePort)];
      const engineEnv = { DATABASE_URL: opts.databaseUrl, ENGINE_LEASE_MS: String(ENGINE_LEASE_MS), ENGINE_RETRY_BASE_MS: String(ENGINE_RETRY_BASE_MS) };
      engineProcess = spawnLoggedTs("inngest/executor/cli.ts", args, engineEnv, engineLog);
      const child = engineProcess;
      await until(async () => {
        if (child.exitCode !== null) throw new Error(`the engine exited with ${child.exitCode}; see ${engineLog}`);
        return fetch(`${engineUrl}/health`).then((r) => r.ok, () => false);
      }, "the engine to answer /health", 60_000);
      return;
    }
    const client = createDatabaseClient(opts.databaseUrl, { max: 12 });
    const engine = await startEngine({ db: client.db, port: enginePort, appUrls: [appUrl], retryBaseMs: ENGINE_RETRY_BASE_MS, leaseMs: ENGINE_LEASE_MS, pollMs: 50 });
    inProcess = { engine, client };
  };
  const launchApp = async () => {
    app = await startApp({ databaseUrl: opts.databaseUrl, authSecret: opts.authSecret, logFile: opts.logFile, port: appPort, env });
  };
  // The app must be able to register with the engine, and the engine to call the app: engine first, then sync.
  await launchEngine();
  await launchApp();
  await fetch(appUrl, { method: "PUT" }).then((r) => {
    if (!r.ok) throw new Error(`sync of ${appUrl} answered ${r.status}`);
  });

  const up = (child: ChildProcess | null) => child !== null && child.exitCode === null && child.signalCode === null;
  return {
    baseUrl: app!.baseUrl,
    engineUrl,
    logFiles: { app: opts.logFile, engine: engineLog },
    running: () => ({ app: up(app?.process ?? null), engine: opts.engine === "process" ? up(engineProcess) : true }),
    killApp: async () => {
      if (app) await killHard(app.process);
    },
    startApp: launchApp,
    killEngine: async () => {
      if (!engineProcess) throw new Error("killEngine needs engine: \"process\"");
      await killHard(engineProcess);
    },
    startEngine: launchEngine,
    stop: async () => {
      await app?.stop();
      if (engineProcess) await killHard(engineProcess);
      if (inProcess) {
        await inProcess.engine.stop();
        await inProcess.client.sql.end({ timeout: 2 });
      }
    },
  };
}
