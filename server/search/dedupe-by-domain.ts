import { load } from "cheerio";
import type { SearchResult } from "./search-provider";

const SNIPPET_MAX = 300;
const TITLE_MAX = 200;

/** The first result of each domain, in the order given: one company is one lead, however many pages it has. */
export function dedupeByDomain(results: SearchResult[]): SearchResult[] {
  const seen = new Set<string>();
  return results.filter((result) => {
    if (seen.has(result.domain)) return false;
    seen.add(result.domain);
    return true;
  });
}

/**
 * A provider's hit as a SearchResult: domain lower-case without `www.`, title and snippet as plain
 * text (Brave marks matches with `<strong>`, all of them escape entities), the snippet cut near 300
 * characters. Null for what discovery cannot crawl (not http(s), unparsable).
 */
export function toSearchResult(hit: { url: string; title?: string | null; snippet?: string | null }): SearchResult | null {
  let url: URL;
  try {
    url = new URL(hit.url);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const domain = url.hostname.toLowerCase().replace(/\.$/, "").replace(/^www\./, "");
  if (!domain) return null;
  return { url: url.href, domain, title: clip(plainText(hit.title), TITLE_MAX) || domain, snippet: clip(plainText(hit.snippet), SNIPPET_MAX) };
}

function plainText(html: string | null | undefined): string {
  if (!html) return "";
  const spaced = html.replace(/<(br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, " ");
  return load(spaced, null, false).root().text().replace(/\s+/g, " ").trim();
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * Results [offset, offset + limit) of a ranking with each domain kept once, for APIs that answer
 * with their top `n` and cannot skip (Tavily, Exa). Offsets count deduplicated results, so pages
 * are full until the ranking runs out (discovery reads a short page as the end) and consecutive
 * pages never repeat a company. When duplicates leave the page short, asks once more for twice
 * as many (never past `max`).
 */
export async function pageOfTopResults(
  fetchTop: (n: number) => Promise<(SearchResult | null)[]>,
  page: { offset: number; limit: number; max: number; first?: number },
): Promise<SearchResult[]> {
  const { offset, limit, max } = page;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`offset must be a non-negative integer, got ${offset}`);
  const wanted = offset + limit;
  if (limit === 0 || offset >= max) return [];
  let n = Math.min(max, page.first ?? wanted);
  let unique = await fetchTopUnique(fetchTop, n);
  if (unique.results.length < wanted && unique.fetched >= n && n < max) {
    n = Math.min(max, n * 2);
    unique = await fetchTopUnique(fetchTop, n);
  }
  return unique.results.slice(offset, wanted);
}

async function fetchTopUnique(fetchTop: (n: number) => Promise<(SearchResult | null)[]>, n: number) {
  const hits = await fetchTop(n);
  return { fetched: hits.length, results: dedupeByDomain(hits.filter((hit): hit is SearchResult => hit !== null)) };
}
