import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient, type DatabaseClient } from "@/db/client";
import { launchBrowser, screenshot, signInThroughForm } from "@/tests/support/browser";
import { startPipelineStack, type PipelineStack } from "@/tests/support/pipeline-stack";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { createSignedInUser } from "@/tests/support/test-user";

// Production as a deploy runs it: the production build on a DATABASE_URL (the machine's PostgreSQL
// when it answers), migrated by the deploy's own command, with the engine in signed mode standing in
// for Inngest Cloud, no demo accounts, and event streams that end every 3 s as a platform would cut them.
const MACHINE_POSTGRES = process.env.PRODUCTION_E2E_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const signingKey = `signkey-prod-${randomBytes(32).toString("hex")}`;
const eventKey = `event-key-${randomBytes(12).toString("hex")}`;

let database: TestDatabase;
let stack: PipelineStack;
let client: DatabaseClient;
let browser: Browser;

async function machinePostgres(): Promise<string | undefined> {
  const probe = postgres(MACHINE_POSTGRES, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await probe`select 1`;
    return MACHINE_POSTGRES;
  } catch {
    return undefined; // no server here: the run's embedded cluster stands in
  } finally {
    await probe.end({ timeout: 1 });
  }
}

beforeAll(async () => {
  database = await createTestDatabase("production", { serverUrl: await machinePostgres(), migrate: false });
  const migrate = spawnSync(process.execPath, ["--import", "tsx", "db/migrate-cli.ts"], { env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8" });
  expect(migrate.status, migrate.stderr).toBe(0);
  expect(migrate.stdout).toContain("db:migrate: up to date");
  stack = await startPipelineStack({
    databaseUrl: database.url,
    authSecret: randomBytes(32).toString("base64url"),
    logFile: ".data/test/e2e-production.log",
    signed: { signingKey, eventKey },
    // No demo accounts; the fictional web is the only internet here, so this deployment says it is a demo of that.
    env: { SEED_DEMO: "0", DEMO_DEPLOYMENT: "1", STREAM_MAX_DURATION_MS: "3000" },
  });
  client = createDatabaseClient(database.url, { max: 2 });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await client?.sql.end({ timeout: 1 });
  await stack?.stop();
  await database?.drop();
});

describe("production mode: signed engine, managed database, streams that end on schedule", () => {
  it("has no demo accounts and refuses unsigned calls to /api/inngest", async () => {
    const [demo] = await client.sql`select count(*)::int as n from users where email like '%@nellia.dev'`;
    expect(demo!.n).toBe(0);
    const body = { event: { name: "prospecting/lead.enrichment-requested", data: {} }, events: [], steps: {}, ctx: { run_id: "forged", attempt: 0, stack: { stack: [], current: 0 } }, version: 2 };
    const unsigned = await fetch(`${stack.baseUrl}/api/inngest?fnId=nellia-prospector-enrich-lead&stepId=step`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(unsigned.status).toBe(401);
    const sync = await fetch(`${stack.engine.url}/e/not-the-key`, { method: "POST", body: JSON.stringify({ name: "prospecting/job.requested", data: {} }) });
    expect(sync.status).toBe(401);
  });

  it("runs a 5-lead job to completion in Chromium through stream cut-offs, with every lead on the board once", async () => {
    const user = await createSignedInUser(client.db, stack.baseUrl);
    const context = await browser.newContext({ viewport: { width: 2400, height: 1000 } });
    const page = await context.newPage();
    let streams = 0;
    page.on("request", (request) => request.url().includes("/api/trpc/events.stream") && streams++);
    await signInThroughForm(page, stack.baseUrl, user.email, user.password);

    await page.getByRole("button", { name: "Start Prospecting" }).click();
    await page.getByLabel("How many leads?").fill("5");
    await page.getByRole("dialog").getByRole("button", { name: "Review estimate" }).click();
    await page.getByRole("dialog").getByRole("button", { name: /^Confirm/ }).click();
    await page.getByTestId("job-receipt").waitFor({ timeout: 90_000 });

    const [job] = await client.sql`select status, enriched_count + failed_count as ended from prospecting_jobs where workspace_id = ${user.workspace.id}`;
    expect(job).toMatchObject({ status: "completed", ended: 5 });
    const leads = await client.sql`select domain, stage, status from leads where workspace_id = ${user.workspace.id}`;
    expect(leads).toHaveLength(5);
    // Each lead once, in the column its stage (or failure) puts it, although the stream was cut and resumed.
    for (const lead of leads) {
      const column = lead.status === "failed" ? "processing" : lead.stage;
      await expect.poll(() => page.locator(`[data-testid="column-${column}"] [data-testid="lead-card"][data-domain="${lead.domain}"]`).count()).toBe(1);
    }
    expect(await page.getByTestId("lead-card").count()).toBe(5);
    expect(streams).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.getByTestId("live-status").getAttribute("data-status")).toBe("live");
    // Every step of the run came through the signed engine.
    const runs = (await (await fetch(`${stack.engine.url}/runs?limit=100`)).json()) as { runs: { functionId: string; status: string }[] };
    expect(runs.runs.filter((r) => r.functionId === "nellia-prospector-enrich-lead" && r.status === "completed")).toHaveLength(5);
    await screenshot(page, "production-mode-board");
    await context.close();
  });
});
