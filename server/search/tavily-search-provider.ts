import { z } from "zod";
import { pageOfTopResults, toSearchResult } from "./dedupe-by-domain";
import { callSearchApi } from "./search-error";
import type { SearchProvider } from "./search-provider";

/** Tavily answers at most 20 results and cannot skip any. */
const MAX_RESULTS = 20;

const responseSchema = z.object({
  results: z.array(z.object({ url: z.string(), title: z.string().nullish(), content: z.string().nullish() })),
});

export type TavilySearchOptions = { apiKey: string; baseUrl?: string; fetch?: typeof fetch; timeoutMs?: number };

/**
 * Web search through Tavily (POST /search). A basic search costs one credit whatever
 * `max_results` is, so every call asks for the top 20 and pages through them here: one request a
 * page, and every page of a query cut from the same answer.
 */
export function createTavilySearchProvider(options: TavilySearchOptions): SearchProvider {
  const api = {
    id: "tavily",
    name: "Tavily",
    keyEnv: "TAVILY_API_KEY",
    apiKey: options.apiKey,
    baseUrl: options.baseUrl ?? "https://api.tavily.com",
    fetch: options.fetch ?? fetch,
    timeoutMs: options.timeoutMs ?? 15_000,
  };
  return {
    name: "tavily",
    search: (query, { limit, offset = 0 }) =>
      pageOfTopResults(
        async (n) => {
          const init = {
            method: "POST",
            headers: { authorization: `Bearer ${options.apiKey}`, "content-type": "application/json", accept: "application/json" },
            body: JSON.stringify({ query, max_results: n, search_depth: "basic", include_answer: false }),
          };
          const body = await callSearchApi(api, "search", init, responseSchema);
          return body.results.map((hit) => toSearchResult({ url: hit.url, title: hit.title, snippet: hit.content }));
        },
        { offset, limit, max: MAX_RESULTS, first: MAX_RESULTS },
      ),
  };
}

