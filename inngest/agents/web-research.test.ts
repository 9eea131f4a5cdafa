import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { businessContextInput } from "@/server/api/schemas/business-context";
import type { WorkspaceLanguage } from "@/server/api/schemas/settings";
import { defaultScoringWeights } from "@/server/domain/settings/scoring-criteria";
import { type DemoWeb, startDemoWeb } from "@/server/demo-web/start-demo-web";
import { createDemoSearchProvider } from "@/server/search/demo-search-provider";
import type { SearchProvider, SearchResult } from "@/server/search/search-provider";
import type { AgentInput, AgentWorkspace, Fact } from "./agent";
import { companyProfiler } from "./company-profiler";
import { siteCrawler } from "./site-crawler";
import { webResearch } from "./web-research";

const emptyContext = businessContextInput.parse({
  businessDescription: "", productService: "", valueProposition: "", targetMarket: "", idealCustomer: "",
  painPoints: [], competitiveAdvantage: "", competitors: [], industryFocus: [], geographicFocus: [],
});
const workspace = (language: WorkspaceLanguage): AgentWorkspace => ({ language, context: emptyContext, scoring: { weights: defaultScoringWeights, threshold: 50 } });

type Similar = { name: string; domain: string; url: string; snippet: string };
type Mention = { title: string; url: string; domain: string; snippet: string };
const valueOf = <T>(facts: Fact[], key: string) => facts.find((fact) => fact.key === key)?.value as T | undefined;

/** A provider that logs every query and answers from `answers` (by query), or fails with `error`. */
function fakeProvider(answers: Record<string, SearchResult[]>, error?: Error): SearchProvider & { queries: string[] } {
  const queries: string[] = [];
  return {
    name: "fake",
    queries,
    async search(query) {
      queries.push(query);
      if (error) throw error;
      return answers[query] ?? [];
    },
  };
}

const result = (url: string, title: string, snippet = ""): SearchResult => ({ url, domain: new URL(url).hostname.replace(/^www\./, ""), title, snippet });

function input(search: SearchProvider | null | undefined, facts: Fact[] = [], language: WorkspaceLanguage = "en"): AgentInput {
  return {
    lead: { id: "l", workspaceId: "w", domain: "acmewidgets.com.br", companyName: null },
    facts: facts.map((fact) => ({ ...fact, agent: "company-profiler" })),
    pages: [],
    env: { allowPrivateNetworks: false, search },
    workspace: workspace(language),
  };
}

const profile = (name: string, industry?: string): Fact[] => [
  { key: "company.name", value: name, method: "parsed", sourceUrl: "https://acmewidgets.com.br/", confidence: 0.9 },
  ...(industry ? [{ key: "company.industry", value: industry, method: "parsed" as const, sourceUrl: "https://acmewidgets.com.br/", confidence: 0.9 }] : []),
  { key: "company.location", value: { label: "Curitiba, PR, Brazil", city: "Curitiba", region: "PR", country: "Brazil" }, method: "parsed", sourceUrl: null, confidence: 0.9 },
];

describe("web research on the demo web's search", () => {
  let web: DemoWeb;
  let demoSearch: SearchProvider & { queries: string[] };
  beforeAll(async () => {
    web = await startDemoWeb();
    const search = createDemoSearchProvider(web.catalog);
    const queries: string[] = [];
    demoSearch = { name: search.name, queries, search: (query, opts) => (queries.push(query), search.search(query, opts)) };
  });
  afterAll(async () => {
    await web.close();
  });

  /** The lead as the pipeline sees it by this step: crawled and profiled from its demo site. */
  async function researched(domain: string, language: WorkspaceLanguage) {
    demoSearch.queries.length = 0;
    const lead = { id: "l", workspaceId: "w", domain, companyName: null };
    const env = { allowPrivateNetworks: true, hostOverrides: web.hostOverride, search: demoSearch };
    const crawled = await siteCrawler.run({ lead, facts: [], pages: [], env });
    const profiled = await companyProfiler.run({ lead, facts: [], pages: crawled.pages!, env });
    const facts = profiled.facts.map((fact) => ({ ...fact, agent: "company-profiler" }));
    return webResearch.run({ lead, facts, pages: crawled.pages!, env, workspace: workspace(language) });
  }

  it("finds US manufacturers like Harbor Kiln (Akron, Ohio), never Harbor Kiln itself", async () => {
    const output = await researched("harborkiln-ceramics.com", "en");
    expect(demoSearch.queries).toEqual(['"Harbor Kiln Technical Ceramics"', '"Harbor Kiln Technical Ceramics" news', "manufacturing Akron, United States"]);

    const similar = valueOf<Similar[]>(output.facts, "research.similar_companies")!;
    expect(similar.map((company) => [company.name, company.domain])).toEqual([
      ["Cinderloop Manufacturing", "cinderloop.com"],
      ["Heatherglen Manufacturing", "heatherglen.com"],
      ["Kindleglen Manufacturing", "kindleglen.com"],
      ["Valestone Manufacturing", "valestone.io"],
      ["Russetquay Manufacturing", "russetquay.com"],
    ]);
    for (const company of similar) {
      expect([web.catalog.get(company.domain)?.industry, web.catalog.get(company.domain)?.country], company.domain).toEqual(["manufacturing", "US"]);
      expect(company.url).toBe(`http://${company.domain}/`);
    }
    expect(output.facts.find((fact) => fact.key === "research.similar_companies")).toMatchObject({ method: "search", sourceUrl: "http://cinderloop.com/", confidence: 0.55 });
    expect(JSON.stringify(output.facts)).not.toContain("harborkiln-ceramics.com");
    expect(valueOf(output.facts, "research.mentions")).toBeUndefined();
    expect(output.message).toBe("No mentions on other sites, 5 similar companies");
  });

  it("answers in Portuguese and finds law firms in Curitiba for a Brazilian firm", async () => {
    const output = await researched("valadaomuniz.adv.br", "pt-BR");
    expect(demoSearch.queries.length).toBeLessThanOrEqual(3);
    expect(demoSearch.queries[1]).toMatch(/ notícias$/);
    const similar = valueOf<Similar[]>(output.facts, "research.similar_companies")!;
    expect(similar.map((company) => company.domain)).toEqual(["taperebasul.com.br", "aracasol.adv.br", "aroeiraonda.adv.br", "jucaravila.adv.br", "tucumanova.com.br"]);
    for (const company of similar) expect(web.catalog.get(company.domain)?.industry, company.domain).toBe("legal");
    expect(similar.filter((company) => web.catalog.get(company.domain)?.city === "Curitiba")).toHaveLength(3);
    expect(output.message).toBe("Nenhuma menção em outros sites, 5 empresas semelhantes");
  });

  it("searches by what the company says it does when no industry is stated, each company once", async () => {
    const output = await researched("verdantlogix.com", "en");
    expect(demoSearch.queries[2]).toMatch(/^runs regional freight, cross-docking .* Chicago, United States$/);
    const similar = valueOf<Similar[]>(output.facts, "research.similar_companies")!;
    expect(similar).toHaveLength(5);
    expect(new Set(similar.map((company) => company.domain)).size).toBe(5);
    for (const company of similar) expect(web.catalog.get(company.domain)?.industry, company.domain).toBe("logistics");
    expect(similar.map((company) => company.domain)).not.toContain("verdantlogix.com");
    expect(output.facts.find((fact) => fact.key === "research.similar_companies")?.confidence).toBe(0.5);
  });
});

describe("web research with a stand-in provider", () => {
  it.each([null, undefined])("skips without searching when the provider is %s", async (search) => {
    await expect(webResearch.run(input(search))).resolves.toEqual({ facts: [], message: "No search provider configured: web research skipped" });
    await expect(webResearch.run(input(search, [], "pt-BR"))).resolves.toEqual({
      facts: [],
      message: "Nenhum provedor de busca configurado: pesquisa na web ignorada",
    });
  });

  it("rethrows a rate limit as a plain Error, so the step is retried", async () => {
    class RateLimited extends Error {
      readonly transient = true;
    }
    const search = fakeProvider({}, new RateLimited("429 Too Many Requests"));
    const error = await webResearch.run(input(search, profile("Acme Widgets Ltda", "industrial machinery"))).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(RateLimited);
    expect((error as Error).message).toBe("The fake search is unavailable right now: 429 Too Many Requests");
    expect(search.queries).toHaveLength(1);
  });

  it("reports any other failure in its message and lets the lead go on with no research facts", async () => {
    const search = fakeProvider({}, Object.assign(new Error("the API key was rejected (401)"), { transient: false }));
    await expect(webResearch.run(input(search, profile("Acme Widgets Ltda", "industrial machinery")))).resolves.toEqual({
      facts: [],
      message: "Web research skipped: the fake search failed (the API key was rejected (401))",
    });
    const pt = await webResearch.run(input(fakeProvider({}, new Error("quota exceeded")), [], "pt-BR"));
    expect(pt).toEqual({ facts: [], message: "Pesquisa na web ignorada: a busca fake falhou (quota exceeded)" });
  });

  it("keeps as mentions only other sites' pages that name the company, one per site", async () => {
    const search = fakeProvider({
      '"Acme Widgets Ltda"': [
        result("https://acmewidgets.com.br/sobre", "Sobre a Acme Widgets"),
        result("https://blog.acmewidgets.com.br/post", "Acme Widgets no blog"),
        result("https://www.valor.com.br/empresas/acme", "ACME WIDGETS abre fábrica em Curitiba", "A Acme Widgets anunciou..."),
        result("https://www.valor.com.br/empresas/acme-2", "Acme Widgets contrata 40", "Segunda matéria do mesmo site"),
        result("https://www.linkedin.com/company/acme-widgets", "Acme Widgets | LinkedIn"),
        result("https://acmewidgetsusa.com/", "AcmeWidgetsUSA", "Widgets for the US market"),
        result("https://widgets.example.org/list", "Top widget makers", "Including acmewidgets.com.br and others"),
        result("https://other.example.com/", "Widgets Acme style", "Nothing about the company"),
      ],
      '"Acme Widgets Ltda" news': [result("https://g1.globo.com/pr/acme", "Acmé Widgets recebe investimento", "Notícia")],
      "industrial machinery Curitiba, Brazil": [
        result("https://acmewidgets.com.br/", "Acme Widgets | Máquinas"),
        result("https://maqsul.com.br/", "Maqsul Máquinas Industriais | Curitiba", "Fabricante de máquinas"),
        result("https://www.maqsul.com.br/contato", "Maqsul contato", "Fale com a Maqsul"),
        result("https://ranking.example.net/maquinas", "As 10 maiores", "Acme Widgets lidera a lista de fabricantes"),
        result("https://pt.linkedin.com/company/torno-sul", "Torno Sul | LinkedIn"),
        result("https://tornosul.ind.br/", "Torno Sul - Usinagem de precisão", "Usinagem em Curitiba"),
      ],
    });
    const output = await webResearch.run(input(search, profile("Acme Widgets Ltda", "industrial machinery, widgets")));

    expect(search.queries).toEqual(['"Acme Widgets Ltda"', '"Acme Widgets Ltda" news', "industrial machinery Curitiba, Brazil"]);
    const mentions = valueOf<Mention[]>(output.facts, "research.mentions")!;
    expect(mentions.map((mention) => mention.url)).toEqual([
      "https://www.valor.com.br/empresas/acme",
      "https://www.linkedin.com/company/acme-widgets",
      "https://widgets.example.org/list",
      "https://g1.globo.com/pr/acme",
      "https://ranking.example.net/maquinas",
    ]);
    expect(mentions[0]).toEqual({ title: "ACME WIDGETS abre fábrica em Curitiba", url: "https://www.valor.com.br/empresas/acme", domain: "valor.com.br", snippet: "A Acme Widgets anunciou..." });
    expect(output.facts.find((fact) => fact.key === "research.mentions")).toMatchObject({ method: "search", sourceUrl: "https://www.valor.com.br/empresas/acme", confidence: 0.6 });

    const similar = valueOf<Similar[]>(output.facts, "research.similar_companies")!;
    expect(similar).toEqual([
      { name: "Maqsul Máquinas Industriais", domain: "maqsul.com.br", url: "https://maqsul.com.br/", snippet: "Fabricante de máquinas" },
      { name: "Torno Sul", domain: "tornosul.ind.br", url: "https://tornosul.ind.br/", snippet: "Usinagem em Curitiba" },
    ]);
    expect(output.message).toBe("5 mentions on other sites, 2 similar companies");
  });

  it("searches the domain when no name is known and says why similar companies were not searched", async () => {
    const search = fakeProvider({ '"acmewidgets.com.br"': [result("https://news.example.com/a", "Widgets", "see acmewidgets.com.br.")] });
    const output = await webResearch.run(input(search));
    expect(search.queries).toEqual(['"acmewidgets.com.br"', '"acmewidgets.com.br" news']);
    expect(valueOf<Mention[]>(output.facts, "research.mentions")?.map((mention) => mention.domain)).toEqual(["news.example.com"]);
    expect(output.message).toBe("1 mention on another site, similar companies not searched (industry and description unknown)");
  });
});
