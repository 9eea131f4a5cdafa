import { spawn } from "node:child_process";
import { createDatabaseClient } from "@/db/client";
import { startEmbeddedPostgres } from "@/db/embedded-postgres";
import { freePort, portIsFree } from "@/db/free-port";
import { migrateDatabase } from "@/db/migrate";
import { startEngine } from "./start-engine";

/**
 * `npm run dev` / `npm start`: Next.js plus, unless Inngest Cloud keys are set, the bundled
 * engine in this process. The database comes up first (embedded when no DATABASE_URL), so the
 * app and the engine share it; Ctrl-C stops all three cleanly.
 */
async function main() {
  const command = process.argv[2] === "start" ? "start" : "dev";
  const port = process.env.PORT ?? "3000";
  const { INNGEST_SIGNING_KEY: signingKey, INNGEST_EVENT_KEY: eventKey, INNGEST_BASE_URL: baseUrl } = process.env;
  const cloud = Boolean(signingKey && eventKey && !baseUrl);
  const childEnv: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, PORT: port, NELLIA_LAUNCHER_PID: String(process.pid) };

  let stopEngine = async () => {};
  let stopDatabase = async () => {};
  if (!cloud) {
    let url = process.env.DATABASE_URL;
    if (!url) {
      const cluster = await startEmbeddedPostgres({ dataRoot: process.env.DATA_DIR || ".data" });
      url = cluster.url;
      stopDatabase = cluster.stop;
    }
    await migrateDatabase(url);
    const db = createDatabaseClient(url, { max: 12 });
    const requested = Number(process.env.ENGINE_PORT ?? 8288);
    const enginePort = (await portIsFree(requested)) ? requested : await freePort();
    const engine = await startEngine({ db: db.db, port: enginePort, appUrls: [`http://127.0.0.1:${port}/api/inngest`], signingKey, eventKey });
    stopEngine = async () => {
      await engine.stop();
      await db.sql.end({ timeout: 2 });
    };
    // Signed mode stands in for Inngest Cloud; otherwise the SDK runs in dev mode against the engine.
    if (signingKey) childEnv.INNGEST_BASE_URL = engine.url;
    else childEnv.INNGEST_DEV = engine.url;
    console.info(`[engine] local Inngest engine on ${engine.url} (${signingKey ? "signed" : "dev"} mode); runs: ${engine.url}/`);
  } else {
    console.info("[engine] Inngest Cloud keys set: the local engine stays off");
  }

  const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", command, "-p", port], { env: childEnv, stdio: "inherit" });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next.exitCode === null) next.kill("SIGTERM");
    await new Promise((resolve) => (next.exitCode === null ? next.once("exit", resolve) : resolve(null)));
    await stopEngine();
    await stopDatabase();
    process.exit(code);
  };
  next.once("exit", (code) => void stop(code ?? 0));
  process.once("SIGINT", () => void stop(0));
  process.once("SIGTERM", () => void stop(0));
}

main().catch((error: unknown) => {
  console.error("[launch] could not start:", error);
  process.exit(1);
});
