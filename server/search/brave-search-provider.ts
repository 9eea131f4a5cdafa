import { z } from "zod";
import { dedupeByDomain, toSearchResult } from "./dedupe-by-domain";
import { callSearchApi, type SearchApi } from "./search-error";
import type { SearchProvider, SearchResult } from "./search-provider";

/** Brave pages by page number: `count` (at most 20) results a page, pages 0 to 9. */
const COUNT_MAX = 20;
const LAST_PAGE = 9;

/** No `web` at all is how Brave says it found nothing. */
const responseSchema = z.object({
  web: z
    .object({ results: z.array(z.object({ url: z.string(), title: z.string().nullish(), description: z.string().nullish() })) })
    .optional(),
});

export type BraveSearchOptions = { apiKey: string; baseUrl?: string; fetch?: typeof fetch; timeoutMs?: number };

/**
 * Web search through Brave (GET /res/v1/web/search). Offsets count Brave's ranks; a page drops
 * the domains already seen earlier in what Brave sent, so it can come back shorter than `limit`.
 */
export function createBraveSearchProvider(options: BraveSearchOptions): SearchProvider {
  const api: SearchApi = {
    id: "brave",
    name: "Brave Search",
    keyEnv: "BRAVE_SEARCH_API_KEY",
    apiKey: options.apiKey,
    baseUrl: options.baseUrl ?? "https://api.search.brave.com",
    fetch: options.fetch ?? fetch,
    timeoutMs: options.timeoutMs ?? 15_000,
  };
  return {
    name: "brave",
    async search(query, { limit, offset = 0 }) {
      if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
      if (!Number.isInteger(offset) || offset < 0) throw new RangeError(`offset must be a non-negative integer, got ${offset}`);
      const end = Math.min(offset + limit, (LAST_PAGE + 1) * COUNT_MAX);
      if (offset >= end) return [];
      const plan = planPages(offset, end);
      const base = plan.pages[0]! * plan.count;
      // Ranks stay put when Brave sends a page short: its missing places stay empty.
      const ranked: (SearchResult | null)[] = [];
      for (const page of plan.pages) {
        const params = new URLSearchParams({ q: query, count: String(plan.count), offset: String(page), result_filter: "web" });
        const init = { method: "GET", headers: { "x-subscription-token": options.apiKey, accept: "application/json" } };
        const body = await callSearchApi(api, `res/v1/web/search?${params}`, init, responseSchema);
        const hits = body.web?.results ?? [];
        hits.slice(0, plan.count).forEach((hit, i) => {
          ranked[page * plan.count - base + i] = toSearchResult({ url: hit.url, title: hit.title, snippet: hit.description });
        });
        if (hits.length === 0) break;
      }
      const window = new Set(ranked.slice(offset - base, end - base));
      const seen = ranked.slice(0, end - base).filter((hit): hit is SearchResult => hit != null);
      return dedupeByDomain(seen).filter((hit) => window.has(hit));
    },
  };
}

/**
 * Which Brave pages cover ranks [start, end): one request when some page size holds the whole
 * window (the size whose page starts earliest, so the most earlier results are there to dedupe
 * against), else consecutive pages of 20. `end` is at most 200, the last rank Brave serves.
 */
function planPages(start: number, end: number): { count: number; pages: number[] } {
  let best: { count: number; pages: number[] } | null = null;
  for (let count = COUNT_MAX; count >= end - start; count--) {
    const page = Math.floor(start / count);
    if (page > LAST_PAGE || Math.floor((end - 1) / count) !== page) continue;
    if (!best || page * count < best.pages[0]! * best.count) best = { count, pages: [page] };
  }
  if (best) return best;
  const first = Math.floor(start / COUNT_MAX);
  const last = Math.min(LAST_PAGE, Math.floor((end - 1) / COUNT_MAX));
  return { count: COUNT_MAX, pages: Array.from({ length: last - first + 1 }, (_, i) => first + i) };
}
