import { describe, expect, it } from "vitest";
import { screenshot, signInThroughForm } from "@/tests/support/browser";
import { browserSuite } from "@/tests/support/browser-suite";
import { createSignedInUser } from "@/tests/support/test-user";

const suite = browserSuite();
const { baseUrl, client } = suite;

describe("Start Prospecting in Chromium", () => {
  it("shows leads arriving one by one in the processing column, then settling in their stage", async () => {
    const user = await createSignedInUser(client.db, baseUrl);
    const context = await suite.browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await signInThroughForm(page, baseUrl, user.email, user.password);
    await expect.poll(() => page.getByTestId("quota-used").textContent()).toBe("0 / 500 used");

    await page.getByRole("button", { name: "Start Prospecting" }).click();
    await page.getByLabel("How many leads?").fill("10");
    await page.getByRole("dialog").getByRole("button", { name: "Review estimate" }).click();
    await page.getByRole("dialog").getByRole("button", { name: /^Confirm/ }).click();

    // Sample the board while the run goes: the number of cards must climb in several steps.
    const seen = new Set<number>();
    let sawProgress = false;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      seen.add(await page.getByTestId("lead-card").count());
      if (!sawProgress) sawProgress = (await page.locator('[data-testid="column-processing"] [role="progressbar"]').count()) > 0;
      if (seen.has(10) && (await page.getByTestId("job-banner").count()) === 0) break;
      await page.waitForTimeout(50);
    }
    await screenshot(page, "start-prospecting-done");
    expect([...seen].filter((n) => n > 0 && n < 10).length).toBeGreaterThanOrEqual(2);
    expect(sawProgress).toBe(true);
    // Each lead settled in the stage its tier calls for, none left in the processing column.
    expect(await page.locator('section[data-testid^="column-"]:not([data-testid="column-processing"]) [data-testid="lead-card"][data-status="enriched"]').count()).toBe(10);
    expect(await page.locator('[data-testid="column-processing"] [data-testid="lead-card"]').count()).toBe(0);
    await expect.poll(() => page.getByTestId("quota-used").textContent()).toBe("10 / 500 used");
    await context.close();
  });

  it("says what is missing when the business context is incomplete", async () => {
    const user = await createSignedInUser(client.db, baseUrl, { icp: false });
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInThroughForm(page, baseUrl, user.email, user.password);
    await page.getByRole("button", { name: "Start Prospecting" }).click();
    const missing = page.getByRole("dialog").getByTestId("context-missing");
    await missing.waitFor();
    expect(await page.getByRole("dialog").getByRole("link", { name: /Complete your business context/ }).getAttribute("href")).toBe("/settings");
    expect(await page.getByTestId("lead-card").count()).toBe(0);
    await context.close();
  });
});
