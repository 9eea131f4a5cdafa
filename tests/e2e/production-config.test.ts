import { spawn } from "node:child_process";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/db/free-port";
import { NEXT_BIN, TEST_DIST_DIR } from "@/tests/support/app-server";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("prodconfig");
});
afterAll(() => database?.drop());

/** `next start` of the production build with only the given settings; resolves when it exits (or is stopped after the deadline). */
async function startProduction(settings: Record<string, string>) {
  const port = await freePort();
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(AUTH_|INNGEST_|SEED_DEMO|DEMO_|CRAWLER_|DATABASE_URL)/.test(key)));
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    env: { ...inherited, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: TEST_DIST_DIR, ...settings },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearTimeout(timer);
  return { code, output };
}

describe("a production deployment with missing and unsafe settings", () => {
  it("refuses to start, naming each problem, and seeds nothing", async () => {
    const { code, output } = await startProduction({ DATABASE_URL: database.url, SEED_DEMO: "1", CRAWLER_ALLOW_PRIVATE_NETWORKS: "1", INNGEST_DEV: "http://127.0.0.1:8288" });
    expect(code).toBe(1);
    expect(output).toContain("Nellia Prospector will not start in production until these 5 are fixed:");
    for (const name of ["AUTH_SECRET is not set", "INNGEST_SIGNING_KEY and INNGEST_EVENT_KEY are not set", "INNGEST_DEV is set", "SEED_DEMO is on", "CRAWLER_ALLOW_PRIVATE_NETWORKS is on"]) {
      expect(output).toContain(name);
    }
    // It stopped before seeding: the published demo accounts do not exist in this database.
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    const [row] = await sql`select count(*)::int as n from users where email like '%@nellia.dev'`;
    await sql.end();
    expect(row!.n).toBe(0);
  });
});
