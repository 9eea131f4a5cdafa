import { and, eq, gte, sql } from "drizzle-orm";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { agentRuns, quotaLedger } from "@/db/schema";
import { screenshot, signInThroughForm } from "@/tests/support/browser";
import { browserSuite } from "@/tests/support/browser-suite";
import { apiClient } from "@/tests/support/http-session";
import { createSignedInUser } from "@/tests/support/test-user";
import { waitForJob } from "@/tests/support/wait-for-job";

const suite = browserSuite();
const { baseUrl, client } = suite;

const adminPages = ["/admin", "/admin/workspaces", "/admin/jobs", "/admin/failures", "/admin/agents"];

async function signedInPage(email: string, password: string): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await signInThroughForm(page, baseUrl, email, password);
  return page;
}

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(`${baseUrl}${path}`);
  expect(response?.status(), path).toBe(404);
  await page.getByRole("heading", { name: "There is nothing here" }).waitFor();
  expect(await page.getByRole("navigation", { name: "Admin" }).count()).toBe(0);
}

describe("/admin in Chromium", () => {
  it("shows staff the real figures of a run, and does not exist for anyone else", async () => {
    const user = await createSignedInUser(client.db, baseUrl);
    const job = await apiClient(baseUrl, user.cookie).jobs.start.mutate({ count: 2, source: { kind: "domains", domains: ["verdantlogix.com", "rotaseriema-logistica.com.br"] } });
    const done = await waitForJob(client.db, job.id);
    expect(done.status).toBe("completed");

    // What the database recorded, to hold the page to.
    const [crawler] = await client.db
      .select({ runs: sql<number>`count(*)`.mapWith(Number) })
      .from(agentRuns)
      .where(and(eq(agentRuns.agent, "site-crawler"), gte(agentRuns.startedAt, sql`now() - interval '7 days'`)));
    expect(crawler!.runs).toBeGreaterThanOrEqual(2);

    const page = await signedInPage("admin@nellia.dev", "admin-password");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
    await page.waitForURL(`${baseUrl}/admin`);
    await expect.poll(() => page.getByTestId("health-database").textContent()).toBe("ok");
    expect(Number(await page.getByTestId("total-enriched").textContent())).toBeGreaterThanOrEqual(done.enrichedCount);
    expect(await page.getByTestId("enrichment-rate").textContent()).toMatch(/%/);
    await page.getByTestId("enrichment-panel").locator(".recharts-bar-rectangle").first().waitFor();
    const bucket = page.locator('[data-testid="pipeline-bucket"][data-size="1–10"] td');
    expect(Number(await bucket.nth(1).textContent())).toBeGreaterThanOrEqual(1);
    expect(await bucket.nth(2).textContent()).toMatch(/\d+(\.\d+)? (ms|s|min)$/);
    await screenshot(page, "admin-overview");

    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Agents" }).click();
    const crawlerRow = page.locator('[data-testid="agent-row"][data-agent="site-crawler"]');
    await expect.poll(() => crawlerRow.getByTestId("agent-runs").textContent()).toBe(String(crawler!.runs));
    expect(await crawlerRow.getByTestId("agent-p50").textContent()).toMatch(/\d/);
    expect(await crawlerRow.getByTestId("agent-success").textContent()).toMatch(/%$/);
    await page.getByTestId("agent-success-chart").locator(".recharts-line-dot").first().waitFor();
    await screenshot(page, "admin-agents");

    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Jobs" }).click();
    const jobRow = page.locator('[data-testid="admin-job"]', { hasText: user.workspace.name });
    await expect.poll(() => jobRow.getByTestId("job-enriched").textContent()).toBe(String(done.enrichedCount));
    expect(await jobRow.getByTestId("job-duration").textContent()).toMatch(/\d/);
    await screenshot(page, "admin-jobs");

    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Workspaces" }).click();
    await page.getByLabel("Search workspaces").fill(user.email);
    const row = page.locator(`[data-testid="admin-workspace"][data-workspace="${user.workspace.name}"]`);
    await expect.poll(() => page.getByTestId("admin-workspace").count()).toBe(1);
    await expect.poll(() => row.getByTestId("workspace-quota").textContent()).toBe(`${done.charged} / 500`);
    await row.getByLabel(/Leads to grant/).fill("5");
    await row.getByRole("button", { name: "Grant" }).click();
    // A grant is room for this period, not negative use.
    await expect.poll(() => row.getByTestId("workspace-quota").textContent()).toBe(`${done.charged} / 505`);
    expect(await row.getByTestId("workspace-quota-left").textContent()).toBe(`${505 - done.charged} left · incl. 5 granted`);
    const [grant] = await client.db.select().from(quotaLedger).where(and(eq(quotaLedger.workspaceId, user.workspace.id), eq(quotaLedger.kind, "grant")));
    expect(grant).toMatchObject({ amount: 5, reason: "5 granted by admin@nellia.dev" });
    await screenshot(page, "admin-workspaces");
    page.once("dialog", (dialog) => void dialog.accept());
    await row.getByRole("button", { name: "Reset usage" }).click();
    await expect.poll(() => row.getByTestId("workspace-quota").textContent()).toBe("0 / 505");
    const kinds = await client.db.select({ kind: quotaLedger.kind, reason: quotaLedger.reason }).from(quotaLedger).where(eq(quotaLedger.workspaceId, user.workspace.id));
    expect(kinds.at(-1)).toEqual({ kind: "reset", reason: `period usage of ${done.charged} reset by admin@nellia.dev` });

    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Failures" }).click();
    await page.getByTestId("failed-leads").waitFor();
    await screenshot(page, "admin-failures");

    // Demo: a member, not staff. No link, and every admin page is a 404.
    const demo = await signedInPage("demo@nellia.dev", "demo-password");
    expect(await demo.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).count()).toBe(0);
    for (const path of adminPages) await expectNotFound(demo, path);
    await screenshot(demo, "admin-demo-404");

    // Signed out: the same 404, not a sign-in redirect that would reveal the page exists.
    const visitor = await (await suite.browser.newContext()).newPage();
    for (const path of adminPages) await expectNotFound(visitor, path);
  });
});
