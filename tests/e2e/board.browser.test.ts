import { randomBytes } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newSignedInContext, screenshot, waitForLive } from "@/tests/support/browser";
import { expiredSessionCookie } from "@/tests/support/http-session";

const baseUrl = inject("baseUrl");
const domain = (label: string) => `${label}-${randomBytes(4).toString("hex")}.com`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the board in Chromium", () => {
  it("sends visitors without a session to sign in, and refuses a wrong password", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/board`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.getByLabel("Email", { exact: true }).fill("demo@nellia.dev");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toBe("Wrong email or password.");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await context.close();
  });

  it("shows a lead added in one tab in every other tab of the workspace, and never in another workspace", async () => {
    const { context, page: tabA } = await newSignedInContext(browser, baseUrl, "demo@nellia.dev", "demo-password");
    await expect.poll(() => tabA.getByTestId("workspace-name").textContent()).toBe("Acme Demo");
    const tabB = await context.newPage();
    await tabB.goto(`${baseUrl}/board`);
    await waitForLive(tabB);
    const navigations: string[] = [];
    tabB.on("framenavigated", (frame) => navigations.push(frame.url()));

    const added = domain("twotabs");
    await tabA.getByLabel("Add lead by domain").fill(`https://www.${added}/pricing`);
    await tabA.getByRole("button", { name: "Add lead" }).click();

    const cardInB = tabB.locator(`[data-testid="column-prospecting"] [data-domain="${added}"]`);
    await cardInB.waitFor({ timeout: 10_000 });
    expect(navigations).toEqual([]);
    await expect.poll(() => tabA.locator(`[data-domain="${added}"]`).count()).toBe(1);
    await screenshot(tabB, "board-second-tab");

    const other = await newSignedInContext(browser, baseUrl, "other@nellia.dev", "other-password");
    await expect.poll(() => other.page.getByTestId("workspace-name").textContent()).toBe("Other Co");
    expect(await other.page.locator(`[data-domain="${added}"]`).count()).toBe(0);

    // While both boards are open, a lead the other workspace adds reaches neither demo tab.
    const theirs = domain("theirs");
    await other.page.getByLabel("Add lead by domain").fill(theirs);
    await other.page.getByRole("button", { name: "Add lead" }).click();
    await other.page.locator(`[data-domain="${theirs}"]`).waitFor();
    await tabB.waitForTimeout(500);
    expect(await tabB.locator(`[data-domain="${theirs}"]`).count()).toBe(0);
    expect(await tabA.locator(`[data-domain="${theirs}"]`).count()).toBe(0);
    await other.context.close();
    await context.close();
  });

  it("explains invalid, empty and duplicate domains, and adds once on a double click", async () => {
    const { context, page } = await newSignedInContext(browser, baseUrl, "demo@nellia.dev", "demo-password");
    const input = page.getByLabel("Add lead by domain");
    const submit = page.getByRole("button", { name: "Add lead" });
    const error = page.getByTestId("add-lead-error");

    await input.fill("not a domain");
    await submit.click();
    await expect.poll(() => error.textContent()).toBe('"not a domain" contains spaces: enter a single domain, like acme.com');

    await input.fill("");
    await submit.click();
    await expect.poll(() => error.textContent()).toBe("Enter a domain, like acme.com");

    await input.fill("acme.notarealtld");
    await submit.click();
    await expect.poll(() => error.textContent()).toMatch(/does not end in a known top-level domain/);

    const twice = domain("double");
    await input.fill(twice);
    await submit.dblclick();
    await page.locator(`[data-domain="${twice}"]`).waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator(`[data-domain="${twice}"]`).count()).toBe(1);

    await input.fill(twice.toUpperCase());
    await submit.click();
    await expect.poll(() => error.textContent()).toBe(`${twice} is already on your board.`);
    await screenshot(page, "board-duplicate-error");
    expect(await page.locator(`[data-domain="${twice}"]`).count()).toBe(1);
    await context.close();
  });

  it("sends an expired session back to sign in with a message", async () => {
    const context = await browser.newContext();
    const [name, value] = (await expiredSessionCookie(inject("authSecret"))).split("=");
    await context.addCookies([{ name: name!, value: value!, url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/board`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await expect.poll(() => page.getByRole("alert").first().textContent()).toBe("Your session has expired. Sign in again to continue.");
    await context.close();
  });

  it("signs a new user in by magic link from the dev outbox, with a workspace of their own", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const email = `magic-${randomBytes(4).toString("hex")}@example.com`;
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email me a sign-in link").fill(email);
    await page.getByRole("button", { name: "Send magic link" }).click();
    await page.waitForURL(/\/sign-in\/check-email/);
    await page.getByRole("link", { name: "dev outbox" }).click();
    const message = page.getByTestId("outbox-message").filter({ hasText: email });
    const link = await message.getByRole("link", { name: "Open sign-in link" }).getAttribute("href");
    await message.getByRole("link", { name: "Open sign-in link" }).click();
    await page.waitForURL(`${baseUrl}/board`);
    await waitForLive(page);
    await expect.poll(() => page.getByTestId("user-email").textContent()).toBe(email);
    await expect.poll(() => page.getByTestId("workspace-name").textContent()).toBe(`${email.split("@")[0]}'s workspace`);
    expect(await page.getByTestId("lead-card").count()).toBe(0);

    // Signing out ends the session; the same link does not work twice.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${baseUrl}/board`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.goto(link!);
    await expect.poll(() => page.getByRole("alert").first().textContent()).toMatch(/expired or was already used/);
    await context.close();
  });

  it("creates an account and its workspace from the sign-up form", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const email = `new-${randomBytes(4).toString("hex")}@example.com`;
    await page.goto(`${baseUrl}/sign-up`);
    await page.getByLabel("Your name").fill("Nova Seller");
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Password").fill("short");
    await page.getByLabel("Workspace name").fill("Nova Sales");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toBe("Use at least 10 characters for your password");

    await page.getByLabel("Password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`${baseUrl}/board`);
    await expect.poll(() => page.getByTestId("workspace-name").textContent()).toBe("Nova Sales");
    await context.close();

    const again = await browser.newContext();
    const retry = await again.newPage();
    await retry.goto(`${baseUrl}/sign-up`);
    await retry.getByLabel("Your name").fill("Nova Again");
    await retry.getByLabel("Work email").fill(email);
    await retry.getByLabel("Password").fill("a-long-enough-password");
    await retry.getByLabel("Workspace name").fill("Dupe");
    await retry.getByRole("button", { name: "Create account" }).click();
    await expect.poll(() => retry.getByRole("alert").first().textContent()).toBe(`An account for ${email} already exists. Sign in instead.`);
    await again.close();
  });
});
