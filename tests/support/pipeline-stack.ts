import { createDatabaseClient } from "@/db/client";
import { freePort } from "@/db/free-port";
import { startEngine, type Engine } from "@/inngest/executor/start-engine";
import { startApp, type AppServer } from "./app-server";

export type PipelineStack = {
  baseUrl: string;
  engine: Engine;
  app: () => AppServer;
  /** SIGKILL the app and start it again on the same port (the engine keeps its address). */
  crashAndRestartApp: () => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * The production build served by `next start`, with the bundled engine (in this process) running
 * its Inngest functions and the demo web as the internet: what `npm start` runs, on a test database.
 */
export async function startPipelineStack(opts: {
  databaseUrl: string;
  authSecret: string;
  logFile: string;
  env?: Record<string, string>;
  /** Signed mode, as Inngest Cloud runs it: calls to the app are signed, events and syncs need the keys. */
  signed?: { signingKey: string; eventKey: string };
}): Promise<PipelineStack> {
  const appPort = await freePort();
  const db = createDatabaseClient(opts.databaseUrl, { max: 12 });
  const engine = await startEngine({ db: db.db, appUrls: [`http://127.0.0.1:${appPort}/api/inngest`], retryBaseMs: 200, leaseMs: 5_000, pollMs: 50, ...opts.signed });
  const inngestEnv: Record<string, string> = opts.signed
    ? { INNGEST_SIGNING_KEY: opts.signed.signingKey, INNGEST_EVENT_KEY: opts.signed.eventKey, INNGEST_BASE_URL: engine.url }
    : { INNGEST_DEV: engine.url };
  const env = { ...inngestEnv, DEMO_WEB: "1", ...opts.env };
  const launch = () => startApp({ databaseUrl: opts.databaseUrl, authSecret: opts.authSecret, logFile: opts.logFile, port: appPort, env });
  let app = await launch();
  await engine.sync();
  return {
    baseUrl: app.baseUrl,
    engine,
    app: () => app,
    crashAndRestartApp: async () => {
      await new Promise<void>((resolve) => {
        app.process.once("exit", () => resolve());
        app.process.kill("SIGKILL");
      });
      app = await launch();
    },
    stop: async () => {
      await app.stop();
      await engine.stop();
      await db.sql.end({ timeout: 2 });
    },
  };
}
