import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema";
import { screenshot, signInThroughForm } from "@/tests/support/browser";
import { browserSuite } from "@/tests/support/browser-suite";
import { createSignedInUser } from "@/tests/support/test-user";

const suite = browserSuite();
const { baseUrl, client } = suite;

async function openSettings(viewport = { width: 1440, height: 900 }) {
  const user = await createSignedInUser(client.db, baseUrl, { icp: false });
  const context = await suite.browser.newContext({ viewport });
  const page = await context.newPage();
  await signInThroughForm(page, baseUrl, user.email, user.password);
  await page.getByRole("link", { name: "Settings" }).click();
  await page.waitForURL(`${baseUrl}/settings`);
  await page.getByTestId("settings").waitFor();
  return { context, page };
}

const missingItems = async (page: Page) => (await page.getByTestId("readiness-missing").getByRole("button").allTextContents()).map((s) => s.replace(/^\+/, ""));
const readiness = (page: Page) => page.getByTestId("readiness").getAttribute("data-state");

describe("Settings in Chromium", () => {
  it("sends visitors without a session to sign in first", async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/settings`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/settings");
    await context.close();
  });

  it("says what is missing, checks the ICP before sending it, and keeps it ready after a reload", async () => {
    const { context, page } = await openSettings();
    await expect.poll(() => readiness(page)).toBe("missing");
    expect(await missingItems(page)).toEqual(["Add your business description", "Add your product or service", "Add your ideal customer", "Add your industry focus"]);
    await expect.poll(() => page.getByTestId("icp-empty").count()).toBe(1);

    await page.getByLabel("Business description", { exact: true }).fill("We build route planning software for delivery fleets.");
    await page.getByLabel("Product or service", { exact: true }).fill("A SaaS that plans delivery routes.");
    expect(await missingItems(page)).toEqual(["Add your ideal customer", "Add your industry focus"]);
    await page.getByLabel("Ideal customer", { exact: true }).fill("Distributors with their own fleet of 20+ vans");
    await page.getByLabel("Industry focus", { exact: true }).fill("logistics, food distribution");
    await page.getByLabel("Industry focus", { exact: true }).press("Enter");
    await page.getByLabel("Geographic focus", { exact: true }).fill("Brazil");
    await expect.poll(() => readiness(page)).toBe("unsaved");

    // The browser refuses what the server would, in place, and sends nothing.
    await page.getByLabel("Extra search query", { exact: true }).fill("x".repeat(301));
    await page.getByRole("button", { name: "Save business context" }).click();
    await expect.poll(() => page.getByTestId("icp-extraQuery-error").textContent()).toBe("Keep it under 300 characters.");
    expect(await page.getByLabel("Extra search query", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("icp-extraQuery");
    await page.getByLabel("Extra search query", { exact: true }).fill("last-mile");
    await expect.poll(() => page.getByTestId("icp-extraQuery-error").count()).toBe(0);

    await page.getByRole("button", { name: "Save business context" }).click();
    await page.getByText("Business context saved").waitFor();
    await expect.poll(() => readiness(page)).toBe("ready");

    await page.reload();
    await page.getByTestId("settings").waitFor();
    expect(await readiness(page)).toBe("ready");
    expect(await page.getByTestId("readiness").textContent()).toContain("Ready to prospect");
    expect(await page.getByLabel("Business description", { exact: true }).inputValue()).toBe("We build route planning software for delivery fleets.");
    expect(await page.getByLabel("Ideal customer", { exact: true }).inputValue()).toBe("Distributors with their own fleet of 20+ vans");
    expect(await page.getByRole("list", { name: "Industry focus entries" }).getByRole("listitem").allTextContents()).toEqual(["logistics", "food distribution"]);
    expect(await page.getByRole("list", { name: "Geographic focus entries" }).getByRole("listitem").allTextContents()).toEqual(["Brazil"]);
    expect(await page.getByLabel("Extra search query", { exact: true }).inputValue()).toBe("last-mile");
    await screenshot(page, "settings");
    await page.locator("#scoring").screenshot({ path: "test-results/settings-scoring.png" });
    await context.close();
  });

  it("refuses weights that do not add up to 100, saying so, and saves them once they do", async () => {
    const { context, page } = await openSettings();
    const reachability = page.getByRole("spinbutton", { name: "Reachability" });
    expect(await reachability.inputValue()).toBe("15");
    await reachability.fill("5");
    await expect.poll(() => page.getByTestId("weights-message").textContent()).toBe("The weights add up to 90; they must add up to exactly 100 (10 to add).");
    await page.getByRole("button", { name: "Save scoring profile" }).click();
    await expect.poll(() => page.locator("#scoring").getByRole("alert").textContent()).toBe("The weights add up to 90; they must add up to exactly 100 (10 to add).");
    await screenshot(page, "settings-weights-invalid");

    await page.reload();
    await page.getByTestId("settings").waitFor();
    expect(await page.getByRole("spinbutton", { name: "Reachability" }).inputValue()).toBe("15");

    await page.getByRole("spinbutton", { name: "Reachability" }).fill("5");
    await page.getByRole("spinbutton", { name: "Technology fit" }).fill("20");
    await page.getByRole("spinbutton", { name: "Reasoning threshold" }).fill("65");
    await expect.poll(() => page.getByTestId("weights-total").getAttribute("data-total")).toBe("100");
    await page.getByRole("button", { name: "Save scoring profile" }).click();
    await page.getByText("Scoring profile saved").waitFor();
    await page.reload();
    await page.getByTestId("settings").waitFor();
    expect(await page.getByRole("spinbutton", { name: "Reachability" }).inputValue()).toBe("5");
    expect(await page.getByRole("spinbutton", { name: "Technology fit" }).inputValue()).toBe("20");
    expect(await page.getByRole("spinbutton", { name: "Reasoning threshold" }).inputValue()).toBe("65");
    await context.close();
  });

  it("switches the page's labels to Português once the language is saved, and keeps them", async () => {
    const { context, page } = await openSettings({ width: 390, height: 844 });
    await screenshot(page, "settings-mobile");
    await page.getByRole("radio", { name: /Português \(Brasil\)/ }).check();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Settings");
    await page.getByRole("button", { name: "Save language" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Configurações");
    await page.getByText("Idioma salvo: Português (Brasil)").waitFor();
    expect(await page.getByTestId("settings").getAttribute("lang")).toBe("pt-BR");
    expect(await page.getByLabel("Descrição do negócio", { exact: true }).count()).toBe(1);
    expect(await page.getByRole("spinbutton", { name: "Facilidade de contato" }).inputValue()).toBe("15");
    expect(await page.getByRole("button", { name: "Salvar contexto do negócio" }).count()).toBe(1);

    await page.reload();
    await page.getByTestId("settings").waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Configurações");
    expect(await missingItems(page)).toContain("Preencha: cliente ideal");
    await screenshot(page, "settings-pt-br");
    await page.locator("#scoring").screenshot({ path: "test-results/settings-pt-br-scoring.png" });
    await page.locator("#workspace").screenshot({ path: "test-results/settings-pt-br-workspace.png" });
    await context.close();
  });

  it("adds a webhook endpoint, reveals its signing secret on request, and creates an API key shown once", async () => {
    const { context, page } = await openSettings();
    await page.getByLabel("Endpoint URL").fill("http://127.0.0.1:9/hooks/nellia");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const card = page.getByTestId("webhook-endpoint");
    await card.waitFor();
    const [stored] = await client.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.url, "http://127.0.0.1:9/hooks/nellia"));
    // Hidden until asked; then the very secret the deliveries are signed with.
    await expect.poll(() => card.getByTestId("webhook-secret").textContent()).toBe("whsec_••••••••••••••••");
    await card.getByRole("button", { name: "Reveal" }).click();
    await expect.poll(() => card.getByTestId("webhook-secret").textContent()).toBe(stored!.secret);

    await page.getByLabel("Key name").fill("CRM sync");
    await page.getByRole("button", { name: "Create key" }).click();
    await expect.poll(() => page.getByTestId("api-key-value").textContent()).toMatch(/^npk_[A-Za-z0-9_-]{43}$/);
    await expect.poll(() => page.getByTestId("api-keys-list").textContent()).toContain("CRM sync");
    await expect.poll(() => page.getByText("1 active key").count()).toBe(1);
    await screenshot(page, "settings-integrations");
    await context.close();
  });
});
