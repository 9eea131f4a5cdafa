import path from "node:path";
import type { CatalogSite } from "./catalog-site";
import { hostileSites } from "./hostile-sites";
import { loadFixtureSites } from "./load-fixture-sites";
import { normalizeDemoHost } from "./normalize-demo-host";
import { syntheticSite } from "./synthetic-site";

export type SiteCatalog = {
  /** Fixtures first, then synthetic sites by index, then hostile ones: a stable order. */
  sites: readonly CatalogSite[];
  /** By domain or Host header; `www.`, case and port do not matter. */
  get(host: string): CatalogSite | undefined;
};

export type SiteCatalogOptions = {
  /** How many generated companies to add to the fixtures (default 2,000). */
  syntheticCount?: number;
  /** Defaults to `demo-web/sites` under the working directory (the project root). */
  fixturesDir?: string;
};

export const defaultSyntheticCount = 2000;

function syntheticEntry(index: number): CatalogSite {
  const s = syntheticSite(index);
  return {
    domain: s.domain, name: s.name, industry: s.industry, employees: s.employees, city: s.city,
    region: s.region, country: s.country, language: s.language, description: s.description,
    keywords: s.keywords, founded: s.founded, source: { kind: "synthetic", index },
  };
}

export async function loadSiteCatalog(options: SiteCatalogOptions = {}): Promise<SiteCatalog> {
  const count = options.syntheticCount ?? defaultSyntheticCount;
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`syntheticCount must be a non-negative integer, got ${count}`);
  const fixtures = await loadFixtureSites(options.fixturesDir ?? path.join(process.cwd(), "demo-web", "sites"));
  const synthetic = Array.from({ length: count }, (_, i) => syntheticEntry(i));
  const sites = [...fixtures, ...synthetic, ...hostileSites];
  const byDomain = new Map<string, CatalogSite>();
  for (const site of sites) {
    // Two sites on one domain would make the server and search disagree about who answers.
    if (byDomain.has(site.domain)) throw new Error(`Demo web has two sites for ${site.domain}`);
    byDomain.set(site.domain, site);
  }
  return { sites, get: (host) => byDomain.get(normalizeDemoHost(host)) };
}
