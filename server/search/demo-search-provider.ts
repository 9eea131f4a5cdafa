import MiniSearch from "minisearch";
import type { CatalogSite } from "@/server/demo-web/catalog-site";
import { demoCountries } from "@/server/demo-web/demo-countries";
import { demoIndustries } from "@/server/demo-web/demo-industries";
import type { SiteCatalog } from "@/server/demo-web/site-catalog";
import type { SearchProvider, SearchResult } from "./search-provider";

/** ICP phrasing ("companies in", "empresas de ... no") that would otherwise match every site. */
const stopWords = new Set([
  "a", "an", "and", "or", "the", "in", "on", "at", "of", "for", "to", "with", "from", "by", "based", "near",
  "that", "who", "which", "are", "is", "companies", "company", "firms", "firm", "businesses", "looking",
  "o", "os", "as", "e", "ou", "de", "da", "do", "das", "dos", "em", "no", "na", "nos", "nas", "para", "com",
  "que", "por", "um", "uma", "empresas", "empresa", "sediadas", "sediada", "localizadas",
]);

type Doc = { id: string; name: string; industry: string; keywords: string; description: string; location: string };

/** Accents folded, so "logística" and "logistica", "São Paulo" and "Sao Paulo" meet. */
function processTerm(term: string): string | null {
  const folded = term.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return folded.length < 2 || stopWords.has(folded) ? null : folded;
}

function toDoc(site: CatalogSite): Doc {
  const industry = demoIndustries[site.industry];
  const country = (demoCountries as Record<string, { en: string; pt: string; terms: string }>)[site.country];
  return {
    id: site.domain,
    name: `${site.name} ${site.domain}`,
    industry: `${industry.en} ${industry.pt} ${industry.terms}`,
    keywords: site.keywords.join(" "),
    description: site.description,
    location: [site.city, site.region, country?.en, country?.pt, country?.terms ?? site.country].filter(Boolean).join(" "),
  };
}

function toResult(site: CatalogSite): SearchResult {
  const industry = demoIndustries[site.industry];
  const snippet = site.description.length > 220 ? `${site.description.slice(0, 219).trimEnd()}…` : site.description;
  return {
    url: `http://${site.domain}/`,
    domain: site.domain,
    title: `${site.name} | ${site.language === "pt-BR" ? industry.pt : industry.en}`,
    snippet,
  };
}

export type DemoSearchOptions = {
  /** Hostile sites are left out unless a test of the crawler's limits asks for them. */
  includeHostile?: boolean;
};

/** Full-text search over the demo web's catalog: fuzzy and prefix matching, ranked by BM25 then domain. */
export function createDemoSearchProvider(catalog: SiteCatalog, options: DemoSearchOptions = {}): SearchProvider {
  const sites = catalog.sites.filter((s) => options.includeHostile || s.source.kind !== "hostile");
  const index = new MiniSearch<Doc>({
    fields: ["name", "industry", "keywords", "description", "location"],
    processTerm,
    searchOptions: {
      boost: { name: 3, industry: 3, keywords: 2, location: 2 },
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      prefix: (term) => term.length >= 4,
      combineWith: "OR",
      // Hand-written fixture sites are the richest to crawl, so they lead among equally good matches.
      boostDocument: (id) => (catalog.get(String(id))?.source.kind === "fixture" ? 1.1 : 1),
    },
  });
  index.addAll(sites.map(toDoc));
  return {
    name: "demo",
    async search(query, { limit, offset = 0 }) {
      if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
      if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`offset must be a non-negative integer, got ${offset}`);
      // Equal scores are common with short queries; the domain breaks ties so pages never shuffle.
      const hits = index.search(query).sort((a, b) => b.score - a.score || String(a.id).localeCompare(String(b.id)));
      return hits.slice(offset, offset + limit).flatMap((hit) => {
        const site = catalog.get(String(hit.id));
        return site ? [toResult(site)] : [];
      });
    },
  };
}
