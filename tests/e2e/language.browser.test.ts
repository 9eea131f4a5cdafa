import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, signInThroughForm, waitForLive } from "@/tests/support/browser";
import { browserSuite } from "@/tests/support/browser-suite";
import { createSignedInUser } from "@/tests/support/test-user";

const suite = browserSuite();
const { baseUrl, client } = suite;

const columnTitle = (page: Page, column: string) => page.locator(`#column-${column}`).textContent();
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const metricLabels = (page: Page) => page.locator('[data-testid^="metric-"]').evaluateAll((tiles) => tiles.map((t) => t.previousElementSibling?.textContent));

async function saveLanguage(page: Page, option: RegExp, save: string, heading: string) {
  await page.getByRole("radio", { name: option }).check();
  await page.getByRole("button", { name: save }).click();
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
}

describe("the workspace language in Chromium", () => {
  it("labels the header, board, Start dialog and lead drawer in Português once saved, and in English again after", async () => {
    const user = await createSignedInUser(client.db, baseUrl);
    const context = await suite.browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    await signInThroughForm(page, baseUrl, user.email, user.password);
    expect(await columnTitle(page, "prospecting")).toBe("Prospecting");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await page.getByTestId("settings").waitFor();
    await saveLanguage(page, /Português \(Brasil\)/, "Save language", "Configurações");
    // The header is the server's: it follows without a reload.
    const nav = page.getByRole("navigation", { name: "Principal" });
    await nav.getByRole("link", { name: "Quadro" }).waitFor();
    expect(await page.getByRole("button", { name: "Sair" }).count()).toBe(1);

    await nav.getByRole("link", { name: "Quadro" }).click();
    await page.waitForURL(`${baseUrl}/board`);
    await waitForLive(page);
    expect(await htmlLang(page)).toBe("pt-BR");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Funil de vendas");
    expect(await columnTitle(page, "processing")).toBe("Processando");
    expect(await columnTitle(page, "prospecting")).toBe("Prospecção");
    expect(await columnTitle(page, "analysis_refinement")).toBe("Análise e Refinamento");
    expect(await columnTitle(page, "meeting_scheduled")).toBe("Reunião Agendada");
    expect(await metricLabels(page)).toEqual(["Leads", "Nota média", "Alto potencial", "Reuniões", "Enriquecidos"]);
    expect(await page.getByTestId("live-status").textContent()).toBe("Ao vivo");
    expect(await page.getByTestId("quota-used").textContent()).toBe("0 / 500 usados");
    expect(await page.getByTestId("export-csv").textContent()).toBe("Exportar CSV");
    expect(await page.getByRole("combobox", { name: "Setor" }).count()).toBe(1);

    await page.getByRole("button", { name: "Iniciar prospecção" }).click();
    const dialog = page.getByRole("dialog");
    expect(await dialog.getByRole("heading", { level: 2 }).textContent()).toBe("Iniciar prospecção");
    await dialog.getByRole("group", { name: "Encontrar empresas por" }).waitFor();
    await dialog.getByLabel("Quantos leads?").fill("3");
    await dialog.getByRole("button", { name: "Revisar estimativa" }).click();
    await expect.poll(() => dialog.getByRole("heading", { level: 2 }).textContent()).toBe("Revise antes de gastar");
    expect(await dialog.getByText("Leads a buscar", { exact: true }).count()).toBe(1);
    await dialog.getByRole("button", { name: "Confirmar: buscar 3 leads" }).click();

    // Routed by the stage router: anywhere but the live processing column.
    const enriched = page.locator('section[data-testid^="column-"]:not([data-testid="column-processing"]) [data-testid="lead-card"][data-status="enriched"]');
    await expect.poll(() => enriched.count(), { timeout: 60_000 }).toBe(3);
    await page.getByTestId("job-receipt").waitFor();
    expect(await page.locator("#receipt-title").textContent()).toMatch(/^Execução concluída/);
    const stage = await enriched.first().evaluate((el) => el.closest("section")!.getAttribute("data-testid"));
    expect(await page.getByTestId(stage!).getByTestId("column-count").getAttribute("aria-label")).toMatch(/^[1-3] leads?$/);
    await screenshot(page, "board-pt-br");

    await enriched.first().click();
    const drawer = page.getByRole("dialog", { name: "Detalhes do lead" });
    const detail = drawer.getByTestId("lead-detail");
    await detail.waitFor();
    await expect.poll(() => detail.getByTestId("timeline-step").count()).toBeGreaterThan(0);
    const sections = await detail.locator("section > h3").allTextContents();
    expect(sections).toEqual(expect.arrayContaining(["Perfil", "Mensagem", "Linha do tempo das etapas"]));
    expect(await detail.getByTestId("fact-evidence").first().textContent()).toMatch(/% de certeza.*por /);
    // The orchestrator's reason and the agents' names are in Portuguese too.
    expect(await detail.getByTestId("plan-reason").textContent()).toMatch(/^Aderência \d+\/100 /);
    expect(await detail.getByTestId("step-timeline").getByText("Entrada", { exact: true }).count()).toBe(1);
    expect(await drawer.getByRole("link", { name: "Abrir como página" }).count()).toBe(1);
    await screenshot(page, "lead-detail-pt-br");
    await drawer.getByRole("button", { name: "Fechar", exact: true }).click();
    await expect.poll(() => page.getByTestId("lead-detail").count()).toBe(0);

    await nav.getByRole("link", { name: "Configurações" }).click();
    await page.getByTestId("settings").waitFor();
    await saveLanguage(page, /English/, "Salvar idioma", "Settings");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Board" }).click();
    await page.waitForURL(`${baseUrl}/board`);
    await waitForLive(page);
    expect(await htmlLang(page)).toBe("en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Pipeline");
    expect(await columnTitle(page, "prospecting")).toBe("Prospecting");
    expect(await metricLabels(page)).toEqual(["Leads", "Avg score", "High potential", "Meetings", "Enriched OK"]);
    expect(await page.getByRole("button", { name: "Start Prospecting" }).count()).toBe(1);
    await context.close();
  });
});
