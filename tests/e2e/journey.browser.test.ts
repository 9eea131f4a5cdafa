import type { Page } from "playwright-core";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { screenshot, signInThroughForm, waitForLive } from "@/tests/support/browser";
import { browserSuite } from "@/tests/support/browser-suite";
import { createSignedInUser } from "@/tests/support/test-user";

const suite = browserSuite();
const { baseUrl, client } = suite;

const column = (page: Page, stage: string) => page.locator(`[data-testid="column-${stage}"]`);
const cardsIn = (page: Page, stage: string) => column(page, stage).locator('[data-testid="lead-card"]');
const cardIn = (page: Page, stage: string, domain: string) => column(page, stage).locator(`[data-testid="lead-card"][data-domain="${domain}"]`);
/** Cards that finished and were routed: in any column but the live processing one. */
const settledCards = (page: Page) => page.locator('section[data-testid^="column-"]:not([data-testid="column-processing"]) [data-testid="lead-card"]');
/** The stage column a card is in now. */
const stageOf = (page: Page, domain: string) =>
  page.locator(`section[data-testid^="column-"] [data-testid="lead-card"][data-domain="${domain}"]`).evaluate((el) => el.closest("section")!.getAttribute("data-testid")!.replace("column-", ""));

async function dragWithMouse(page: Page, from: ReturnType<Page["locator"]>, to: ReturnType<Page["locator"]>) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + 20);
  await page.mouse.down();
  // Small steps with a frame between them, as a hand would: the drag library measures per frame.
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(a.x + a.width / 2 + ((b.x + b.width / 2 - a.x - a.width / 2) * i) / 12, a.y + 20 + ((b.y + 60 - a.y - 20) * i) / 12);
    await page.waitForTimeout(30);
  }
  await page.mouse.up();
}

describe("the whole journey in Chromium", () => {
  it("runs, moves, opens, exports, and keeps it all to the workspace", async () => {
    const user = await createSignedInUser(client.db, baseUrl);
    const context = await suite.browser.newContext({ viewport: { width: 3100, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    await signInThroughForm(page, baseUrl, user.email, user.password);
    await screenshot(page, "journey-empty-board");

    // Check the business context before prospecting.
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Settings" }).click();
    await page.getByText("Ready to prospect").first().waitFor();
    await nav.getByRole("link", { name: "Board" }).click();
    await waitForLive(page);

    await page.getByRole("button", { name: "Start Prospecting" }).click();
    await page.getByLabel("How many leads?").fill("10");
    await screenshot(page, "journey-dialog");
    await page.getByRole("dialog").getByRole("button", { name: "Review estimate" }).click();
    await page.getByRole("dialog").getByRole("button", { name: /^Confirm/ }).click();

    const counts = new Set<number>();
    let sawProgress = false;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
      counts.add(await page.getByTestId("lead-card").count());
      sawProgress ||= (await column(page, "processing").locator('[role="progressbar"]').count()) > 0;
      if ((await settledCards(page).count()) === 10) break;
      await page.waitForTimeout(50);
    }
    expect([...counts].filter((n) => n > 0 && n < 10).length).toBeGreaterThanOrEqual(2);
    expect(sawProgress).toBe(true);
    expect(await settledCards(page).count()).toBe(10);
    // The stage router placed each lead by its tier: good fits are In Review, none stays in Prospecting.
    expect(await cardsIn(page, "in_review").count()).toBeGreaterThan(0);
    expect(await cardsIn(page, "prospecting").count()).toBe(0);
    // The run's receipt replaces its banner when the last lead settles, shifting the board: drag after it.
    await page.getByTestId("job-receipt").waitFor({ timeout: 30_000 });
    await screenshot(page, "journey-board");

    // A good fit by mouse into Analysis & Refinement (a stage the router never picks), another card by
    // keyboard (Space, arrow, arrow, Space). Pin each card by its domain: columns may still reorder.
    const mouseDomain = (await cardsIn(page, "in_review").first().getAttribute("data-domain"))!;
    await dragWithMouse(page, page.locator(`[data-domain="${mouseDomain}"]`), column(page, "analysis_refinement"));
    await expect.poll(() => cardIn(page, "analysis_refinement", mouseDomain).count()).toBe(1);

    const movable = page.locator('section[data-testid^="column-"]:not([data-testid="column-processing"]):not([data-testid="column-disqualified"]):not([data-testid="column-analysis_refinement"]) [data-testid="lead-card"]');
    const keyDomain = (await movable.first().getAttribute("data-domain"))!;
    const keyFrom = await stageOf(page, keyDomain);
    await page.locator(`[data-domain="${keyDomain}"]`).locator("xpath=..").focus();
    // Key by key with a frame between, as a person types: the sensor measures after each key.
    for (const key of ["Space", "ArrowRight", "ArrowRight", "Space"]) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
    }
    await expect.poll(() => cardIn(page, keyFrom, keyDomain).count()).toBe(0);
    const keyStage = `column-${await stageOf(page, keyDomain)}`;
    expect(keyStage).not.toBe("column-processing");

    await page.reload();
    await waitForLive(page);
    expect(await cardIn(page, "analysis_refinement", mouseDomain).count()).toBe(1);
    expect(await page.locator(`[data-testid="${keyStage}"] [data-domain="${keyDomain}"]`).count()).toBe(1);

    // Open the good fit: the full plan and why, every fact with its evidence, the score's breakdown,
    // reasoning as cited lines, the 21-step timeline, and a message whose personal lines cite facts.
    await cardIn(page, "analysis_refinement", mouseDomain).click();
    const detail = page.getByTestId("lead-detail");
    await detail.waitFor();
    await expect.poll(() => detail.getByTestId("timeline-step").count()).toBe(21);
    expect(await detail.getByTestId("lead-plan").textContent()).toBe("full plan");
    expect(await detail.getByTestId("plan-reason").textContent()).toMatch(/^Fit \d+\/100 meets your threshold of 50: full plan, 21 agents$/);
    expect(await detail.getByTestId("score-breakdown").locator("tbody tr").count()).toBe(6);
    expect(await detail.getByTestId("fact").count()).toBeGreaterThanOrEqual(15);
    expect(await detail.getByTestId("fact-source").count()).toBeGreaterThanOrEqual(5);
    expect(await detail.getByTestId("cited-line").count()).toBeGreaterThanOrEqual(10);
    expect(await detail.getByText("estimate (no AI)").count()).toBeGreaterThanOrEqual(10);
    const message = detail.getByTestId("outreach-message");
    expect(await message.locator("mark").count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, "journey-lead-detail");
    const deepLink = page.url();
    expect(new URL(deepLink).searchParams.get("lead")).toBeTruthy();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("lead-detail").count()).toBe(0);

    // Export and read it back.
    const csv = await (await page.request.get(`${baseUrl}/api/leads/export`)).text();
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(10);
    expect(rows.data.find((r) => r.domain === mouseDomain)).toMatchObject({ stage: "analysis_refinement", status: "enriched" });
    expect(rows.meta.fields).toEqual(expect.arrayContaining(["company.name", "company.name source", "company.name confidence"]));

    // Another workspace sees none of it, on the board, the lead page or the export.
    const other = await suite.browser.newContext();
    const otherPage = await other.newPage();
    await signInThroughForm(otherPage, baseUrl, "other@nellia.dev", "other-password");
    expect(await otherPage.locator(`[data-domain="${mouseDomain}"]`).count()).toBe(0);
    const leadId = new URL(deepLink).searchParams.get("lead")!;
    const foreign = await otherPage.goto(`${baseUrl}/leads/${leadId}`);
    expect(foreign!.status()).toBe(404);
    const otherCsv = await (await otherPage.request.get(`${baseUrl}/api/leads/export`)).text();
    expect(otherCsv).not.toContain(mouseDomain);
    await other.close();
    await context.close();
  });
});
