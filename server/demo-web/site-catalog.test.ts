import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadSiteCatalog } from "./site-catalog";
import { syntheticSite } from "./synthetic-site";

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function fixturesWith(domain: string, meta: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "demo-web-"));
  temps.push(dir);
  await mkdir(path.join(dir, domain));
  await writeFile(path.join(dir, domain, "site.json"), JSON.stringify(meta));
  return dir;
}

const validMeta = {
  name: "Test Co", industry: "legal", employees: 9, city: "Leeds", country: "GB", language: "en",
  description: "A test company.", keywords: ["test"],
};

describe("loadSiteCatalog", () => {
  it("holds the fixture sites, 2,000 synthetic ones by default, and the hostile ones", async () => {
    const catalog = await loadSiteCatalog();
    const kinds = catalog.sites.map((s) => s.source.kind);
    const fixtures = catalog.sites.filter((s) => s.source.kind === "fixture");
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    expect(kinds.filter((k) => k === "synthetic")).toHaveLength(2000);
    expect(kinds.filter((k) => k === "hostile")).toHaveLength(5);
    const brazilian = fixtures.filter((s) => s.language === "pt-BR").length / fixtures.length;
    expect(brazilian).toBeGreaterThan(0.25);
    expect(brazilian).toBeLessThan(0.45);
    expect(new Set(fixtures.map((s) => s.industry)).size).toBeGreaterThanOrEqual(12);
    expect(Math.min(...fixtures.map((s) => s.employees))).toBeLessThanOrEqual(10);
    expect(Math.max(...fixtures.map((s) => s.employees))).toBeGreaterThanOrEqual(4000);
  });

  it("takes any number of synthetic sites", async () => {
    const small = await loadSiteCatalog({ syntheticCount: 3 });
    expect(small.sites.filter((s) => s.source.kind === "synthetic").map((s) => s.domain)).toEqual([0, 1, 2].map((i) => syntheticSite(i).domain));
    await expect(loadSiteCatalog({ syntheticCount: -1 })).rejects.toThrow(RangeError);
  });

  it("finds a site by domain or Host header, ignoring www., case and port", async () => {
    const catalog = await loadSiteCatalog({ syntheticCount: 10 });
    expect(catalog.get("sabordocampo-coop.com.br")).toMatchObject({ name: "Cooperativa Sabor do Campo", language: "pt-BR", country: "BR", industry: "food" });
    expect(catalog.get("WWW.Sabordocampo-Coop.com.br:8080")?.domain).toBe("sabordocampo-coop.com.br");
    expect(catalog.get(syntheticSite(9).domain)?.source).toEqual({ kind: "synthetic", index: 9 });
    expect(catalog.get("loopmere-travel.co.uk")?.source).toEqual({ kind: "hostile", behaviour: "redirect-loop" });
    expect(catalog.get("sabordocampo.com.br")).toBeUndefined();
  });

  it("names the file and the field when a fixture's site.json is wrong", async () => {
    const dir = await fixturesWith("broken-example.com", { ...validMeta, industry: "alchemy" });
    await expect(loadSiteCatalog({ fixturesDir: dir, syntheticCount: 0 })).rejects.toThrow(/broken-example\.com\/site\.json[\s\S]*industry/);
  });

  it("refuses two sites on one domain", async () => {
    const dir = await fixturesWith(syntheticSite(0).domain, validMeta);
    await expect(loadSiteCatalog({ fixturesDir: dir, syntheticCount: 1 })).rejects.toThrow(`two sites for ${syntheticSite(0).domain}`);
    await expect(loadSiteCatalog({ fixturesDir: dir, syntheticCount: 0 })).resolves.toBeDefined();
  });
});
