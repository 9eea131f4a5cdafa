import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { freePort } from "@/db/free-port";

export const NEXT_BIN = "node_modules/next/dist/bin/next";
// A separate folder per concurrent test run avoids two builds writing over each other.
export const TEST_DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-test";

/** `next build` into the tests' own folder, so a running `next dev` keeps its `.next`. */
export function buildApp() {
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    env: { ...process.env, NEXT_DIST_DIR: TEST_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
}

export type AppServer = { baseUrl: string; process: ChildProcess; stop: () => Promise<void> };

/** `next start` on a free port against the given database, ready once /api/health answers ok. */
export async function startApp(opts: {
  databaseUrl: string;
  authSecret: string;
  env?: Record<string, string>;
  logFile: string;
  port?: number;
}): Promise<AppServer> {
  const port = opts.port ?? (await freePort());
  mkdirSync(".data/test", { recursive: true });
  const log = createWriteStream(opts.logFile, { flags: "a" });
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: TEST_DIST_DIR,
      DATABASE_URL: opts.databaseUrl,
      SEED_DEMO: "1",
      // These servers are demo deployments: seeded accounts, the fictional web, the dev-mode engine.
      DEMO_DEPLOYMENT: "1",
      AUTH_SECRET: opts.authSecret,
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; see ${opts.logFile}`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the app did not become healthy within 90 s; see ${opts.logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
