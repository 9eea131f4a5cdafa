import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Inngest } from "inngest";
import { beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/db/free-port";
import { engineApps } from "@/db/schema";
import { isolatedDatabase, serveApp, startTestEngine, waitForRun } from "@/tests/support/engine-harness";
import { killHard, logLines, spawnTs, until } from "@/tests/support/spawn-process";

let db: Awaited<ReturnType<typeof isolatedDatabase>>["db"];
let databaseUrl: string;
const tmp = mkdtempSync(path.join(tmpdir(), "engine-crash-"));
const count = (lines: string[], word: string) => lines.filter((l) => l.startsWith(`${word} `)).length;

beforeAll(async () => {
  const client = await isolatedDatabase();
  db = client.db;
  databaseUrl = client.url;
});

describe("crashes", () => {
  it("completes a run whose app is SIGKILLed mid-step, without re-running finished steps", async () => {
    const appPort = await freePort();
    const enginePort = await freePort();
    const logFile = path.join(tmp, "app-kill.log");
    const appUrl = `http://127.0.0.1:${appPort}/api/inngest`;
    const env = { PORT: String(appPort), ENGINE_URL: `http://127.0.0.1:${enginePort}`, LOG_FILE: logFile, STEP_MS: "1500" };
    let app = spawnTs("tests/support/crash-app.ts", [], env);
    await until(() => count(logLines(logFile), "listening") === 1, "the app to listen");
    const engine = await startTestEngine({ db, appUrls: [appUrl], port: enginePort });
    await engine.sync();

    const sender = new Inngest({ id: "crash-test-sender", isDev: true, baseUrl: engine.url });
    await sender.send({ name: "test/crashy", data: {} });
    await until(() => count(logLines(logFile), "slow-start") === 1, "the slow step to start");
    await killHard(app);
    app = spawnTs("tests/support/crash-app.ts", [], env);

    const [run] = await waitForRun(db, "crash-app-crashy", { timeoutMs: 30_000 });
    const lines = logLines(logFile);
    expect(run).toMatchObject({ status: "completed", output: 3 });
    expect(count(lines, "first")).toBe(1);
    expect(count(lines, "slow-start")).toBe(2);
    expect(count(lines, "slow-end")).toBe(1);
    expect(count(lines, "last")).toBe(1);
    await killHard(app);
    await engine.stop();
  });

  it("completes a run whose engine is SIGKILLed mid-step, once a new engine takes over", async () => {
    const enginePort = await freePort();
    const ran: string[] = [];
    const client = new Inngest({ id: "engine-kill", isDev: true, baseUrl: `http://127.0.0.1:${enginePort}` });
    const fn = client.createFunction({ id: "steady", triggers: [{ event: "test/steady" }] }, async ({ step }) => {
      await step.run("one", () => ran.push("one"));
      await step.run("two", async () => {
        ran.push("two");
        await new Promise((r) => setTimeout(r, 1000));
      });
      await step.run("three", () => ran.push("three"));
      return ran.length;
    });
    const app = await serveApp({ client, functions: [fn] });
    const engineEnv = { DATABASE_URL: databaseUrl, ENGINE_LEASE_MS: "1500", ENGINE_RETRY_BASE_MS: "50" };
    const args = ["--app-url", app.url, "--port", String(enginePort), "--workers", "2"];
    let engine = spawnTs("inngest/executor/cli.ts", args, engineEnv);
    await until(() => fetch(`http://127.0.0.1:${enginePort}/health`).then((r) => r.ok, () => false), "the engine to listen");
    await until(async () => (await db.select().from(engineApps)).some((a) => a.url === app.url), "the app to register");
    await client.send({ name: "test/steady", data: {} });
    await until(() => ran.includes("two"), "the second step to start");
    await killHard(engine);
    engine = spawnTs("inngest/executor/cli.ts", args, engineEnv);

    const [run] = await waitForRun(db, "engine-kill-steady", { timeoutMs: 30_000 });
    expect(run!.error).toBeNull();
    expect(run!.status).toBe("completed");
    expect(ran.filter((s) => s === "one")).toHaveLength(1);
    expect(ran.filter((s) => s === "three")).toHaveLength(1);
    expect(ran.filter((s) => s === "two").length).toBeGreaterThanOrEqual(1);
    await killHard(engine);
  });
});
