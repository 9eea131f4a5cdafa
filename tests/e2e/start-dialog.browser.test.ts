import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, signInThroughForm } from "@/tests/support/browser";
import { browserSuite } from "@/tests/support/browser-suite";
import { apiClient } from "@/tests/support/http-session";
import { createSignedInUser } from "@/tests/support/test-user";

const suite = browserSuite();
const { baseUrl, client } = suite;

const dialog = (page: Page) => page.getByRole("dialog");

async function upload(page: Page, name: string, buffer: Buffer) {
  await dialog(page).getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer });
}

async function issues(page: Page) {
  const rows = dialog(page).getByTestId("import-issue");
  await rows.first().waitFor();
  return rows.evaluateAll((els) => els.map((el) => [Number(el.getAttribute("data-row")), el.getAttribute("data-kind"), el.textContent ?? ""] as const));
}

describe("the Start Prospecting dialog in Chromium", () => {
  it("reads uploads row by row, estimates, confirms, runs, and leaves a receipt", async () => {
    const user = await createSignedInUser(client.db, baseUrl, { plan: "starter" });
    await apiClient(baseUrl, user.cookie).leads.create.mutate({ domain: "sprigwell-foods.com" });
    const context = await suite.browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await signInThroughForm(page, baseUrl, user.email, user.password);

    await page.getByRole("button", { name: "Start Prospecting" }).click();
    await dialog(page).getByText("Upload CSV", { exact: true }).click();
    await screenshot(page, "start-dialog-csv");

    // No domain column: the server names the headers it found.
    await upload(page, "contacts.csv", Buffer.from("Company,City,Employees\nAcme,Paris,40\nBeta,Berlin,12\n"));
    await expect.poll(() => dialog(page).getByTestId("start-error").textContent()).toBe(
      'No domain column found. Headers found: "Company", "City", "Employees". Name the column with the companies\' domains "domain" or "website".',
    );
    await screenshot(page, "start-dialog-no-domain-column");

    // Malformed quoting, a row saved as Latin-1, a repeat, a known company and a bad value: each said, row by row.
    const messy = Buffer.concat([
      Buffer.from('name,website\nLedger Bloom,ledgerbloom.co\n"Broken, Inc,pailwright.com\n', "utf8"),
      Buffer.from("Padaria Pão,verdantlogix.com\n", "latin1"),
      Buffer.from("Ledger again,https://www.ledgerbloom.co/team\nSprigwell,sprigwell-foods.com\nNobody,not a domain\n", "utf8"),
    ]);
    await upload(page, "messy.csv", messy);
    const seen = await issues(page);
    expect(seen.map(([row, kind]) => [row, kind])).toEqual([
      [3, "malformed"],
      [4, "encoding"],
      [5, "duplicate"],
      [6, "known"],
      [7, "invalid"],
    ]);
    expect(seen[0]![2]).toMatch(/never closes/);
    expect(seen[1]![2]).toMatch(/Padaria Pão.*read as Windows-1252/);
    expect(seen[2]![2]).toMatch(/duplicate of row 2 \(ledgerbloom\.co\): free/);
    expect(seen[3]![2]).toMatch(/already on your board: free/);
    expect(seen[4]![2]).toMatch(/contains spaces/);
    expect(await dialog(page).getByTestId("estimate-leads").textContent()).toBe("2");
    expect(await dialog(page).getByTestId("estimate-free").textContent()).toBe("2");
    await screenshot(page, "start-dialog-issues");
    await dialog(page).getByRole("button", { name: "Back" }).click();

    // A good file: the estimate, then Confirm starts the run.
    await dialog(page).getByText("Upload CSV", { exact: true }).click();
    await upload(page, "good.csv", Buffer.from("Empresa;Site\nLedger Bloom;ledgerbloom.co\nPailwright;pailwright.com\nVerdant;verdantlogix.com\n"));
    await dialog(page).getByTestId("estimate").waitFor();
    expect(await dialog(page).getByTestId("estimate-leads").textContent()).toBe("3");
    expect(await dialog(page).getByTestId("estimate-credits").textContent()).toBe("3");
    expect(await dialog(page).getByTestId("estimate-quota").textContent()).toMatch(/Now 0 \/ 75 used · 75 left.*After, at most 3 \/ 75 · 72 left/);
    expect(await dialog(page).getByTestId("estimate-fits").textContent()).toMatch(/Fits your Starter plan/);
    await screenshot(page, "start-dialog-estimate");
    await dialog(page).getByRole("button", { name: /^Confirm/ }).click();
    await expect.poll(() => dialog(page).isVisible()).toBe(false);

    await page.getByTestId("job-banner").or(page.getByTestId("job-receipt")).first().waitFor();
    await screenshot(page, "start-dialog-running");
    await expect.poll(() => page.getByTestId("lead-card").count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    await page.getByTestId("job-receipt").waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId("job-banner").count()).toBe(0);
    const charged = Number(await page.getByTestId("receipt-charged").textContent());
    const refunded = Number(await page.getByTestId("receipt-refunded").textContent());
    expect(charged + refunded).toBe(3);
    await expect.poll(() => page.getByTestId("quota-used").textContent()).toBe(`${charged} / 75 used`);
    await screenshot(page, "start-dialog-receipt");

    await page.getByRole("button", { name: "Dismiss the receipt" }).click();
    expect(await page.getByTestId("job-receipt").count()).toBe(0);
    await page.reload();
    await page.getByTestId("lead-card").first().waitFor();
    expect(await page.getByTestId("job-receipt").count()).toBe(0);
    await context.close();
  });

  it("pastes a list, offers what fits when the quota is short, and fits on a phone", async () => {
    const user = await createSignedInUser(client.db, baseUrl, { plan: "free" });
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signInThroughForm(page, baseUrl, user.email, user.password);
    await page.getByRole("button", { name: "Start Prospecting" }).click();
    await dialog(page).getByText("Paste domains", { exact: true }).click();
    const domains = Array.from({ length: 12 }, (_, i) => `pasted-company-${i}.com`);
    await dialog(page).getByLabel("Domains", { exact: true }).fill(domains.join(", "));
    expect(await dialog(page).getByTestId("paste-count").textContent()).toBe("12 entries");
    await dialog(page).getByRole("button", { name: "Review estimate" }).click();
    await dialog(page).getByTestId("estimate-short").waitFor();
    expect(await dialog(page).getByTestId("estimate-short").textContent()).toMatch(/Does not fit: 12 credits needed, 10 left, 2 short\. Your quota resets/);
    expect(await dialog(page).getByRole("button", { name: /^Confirm/ }).isDisabled()).toBe(true);
    await screenshot(page, "start-dialog-short-mobile");
    await dialog(page).getByRole("button", { name: "Look for 10 instead" }).click();
    await expect.poll(() => dialog(page).getByTestId("estimate-leads").textContent()).toBe("10");
    expect(await dialog(page).getByRole("button", { name: "Confirm: find 10 leads" }).isEnabled()).toBe(true);
    expect(await dialog(page).getByTestId("estimate-left-over").textContent()).toMatch(/2 more new domains stay for a later run/);
    await context.close();
  });

  it("says what the business context lacks and links to settings instead of offering a start", async () => {
    const user = await createSignedInUser(client.db, baseUrl, { icp: false });
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInThroughForm(page, baseUrl, user.email, user.password);
    await page.getByRole("button", { name: "Start Prospecting" }).click();
    await dialog(page).getByTestId("context-missing").waitFor();
    expect(await dialog(page).getByTestId("context-missing").textContent()).toMatch(/Business description.*Product or service.*Ideal customer.*Industry focus/);
    expect(await dialog(page).getByRole("link", { name: "Complete your business context" }).getAttribute("href")).toBe("/settings");
    expect(await dialog(page).getByRole("button", { name: /Review estimate|Confirm/ }).count()).toBe(0);
    await screenshot(page, "start-dialog-context-missing");
    await context.close();
  });
});
