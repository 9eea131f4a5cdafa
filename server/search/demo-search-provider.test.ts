import { beforeAll, describe, expect, it } from "vitest";
import type { CatalogSite } from "@/server/demo-web/catalog-site";
import { loadSiteCatalog, type SiteCatalog } from "@/server/demo-web/site-catalog";
import { createDemoSearchProvider } from "./demo-search-provider";
import type { SearchProvider, SearchResult } from "./search-provider";

let catalog: SiteCatalog;
let search: SearchProvider;

beforeAll(async () => {
  catalog = await loadSiteCatalog();
  search = createDemoSearchProvider(catalog);
});

const sitesOf = (results: SearchResult[]) => results.map((r) => catalog.get(r.domain) as CatalogSite);

describe("createDemoSearchProvider", () => {
  it("puts logistics companies in Brazil first for an English ICP", async () => {
    const top = sitesOf(await search.search("logistics companies in Brazil", { limit: 10 }));
    expect(top).toHaveLength(10);
    for (const site of top) expect([site.domain, site.industry, site.country]).toEqual([site.domain, "logistics", "BR"]);
    expect(top.map((s) => s.domain)).toContain("rotaseriema-logistica.com.br");
  });

  it("puts healthcare software companies first for 'B2B SaaS for healthcare'", async () => {
    const top = sitesOf(await search.search("B2B SaaS for healthcare", { limit: 8 }));
    expect(top[0]?.domain).toBe("clinexa-health.io");
    for (const site of top) {
      expect(site.industry, site.domain).toBe("healthcare");
      expect(site.keywords, site.domain).toContain("saas");
    }
  });

  it("understands Portuguese ICPs, accents or not", async () => {
    const agro = sitesOf(await search.search("empresas de agronegócio no Brasil", { limit: 40 }));
    for (const site of agro.slice(0, 10)) expect([site.industry, site.country], site.domain).toEqual(["agritech", "BR"]);
    expect(agro.map((s) => s.domain)).toContain("semeare.agr.br");

    const accented = await search.search("clínicas de saúde em Belo Horizonte", { limit: 5 });
    const plain = await search.search("clinicas de saude em belo horizonte", { limit: 5 });
    expect(plain).toEqual(accented);
    expect(accented[0]?.domain).toBe("jacarandalilas.com.br");
    for (const site of sitesOf(accented)) expect([site.industry, site.country], site.domain).toEqual(["healthcare", "BR"]);
  });

  it("finds a company by a misspelt name", async () => {
    const [first] = await search.search("verdantlogics", { limit: 3 });
    expect(first).toEqual({
      url: "http://verdantlogix.com/",
      domain: "verdantlogix.com",
      title: "Verdant Logix | Logistics",
      snippet: expect.stringContaining("regional freight"),
    });
  });

  it("pages through more than 150 distinct companies for a broad query, the same way every time", async () => {
    const pages: SearchResult[][] = [];
    for (let offset = 0; offset < 200; offset += 25) pages.push(await search.search("B2B software", { limit: 25, offset }));
    const domains = pages.flat().map((r) => r.domain);
    expect(domains).toHaveLength(200);
    expect(new Set(domains).size).toBe(200);
    expect(domains.every((d) => catalog.get(d)?.source.kind !== "hostile")).toBe(true);

    const again = await search.search("B2B software", { limit: 200 });
    expect(again.map((r) => r.domain)).toEqual(domains);
    const second = createDemoSearchProvider(await loadSiteCatalog());
    expect((await second.search("B2B software", { limit: 200 })).map((r) => r.domain)).toEqual(domains);
  });

  it("leaves hostile sites out unless asked", async () => {
    expect((await search.search("Gigantomire Press", { limit: 20 })).map((r) => r.domain)).not.toContain("gigantomire-press.com");
    const withHostile = createDemoSearchProvider(catalog, { includeHostile: true });
    expect((await withHostile.search("Gigantomire Press", { limit: 1 }))[0]?.domain).toBe("gigantomire-press.com");
  });

  it("returns nothing for a query of only filler words, and past the last result", async () => {
    expect(await search.search("companies in the", { limit: 10 })).toEqual([]);
    expect(await search.search("verdantlogix", { limit: 10, offset: 10_000 })).toEqual([]);
    await expect(search.search("freight", { limit: -1 })).rejects.toThrow(RangeError);
  });
});
