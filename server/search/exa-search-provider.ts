import { z } from "zod";
import { pageOfTopResults, toSearchResult } from "./dedupe-by-domain";
import { callSearchApi } from "./search-error";
import type { SearchProvider } from "./search-provider";

/** Exa's ceiling for `numResults` with type "auto"; it cannot skip results either. */
const MAX_RESULTS = 100;

const responseSchema = z.object({
  results: z.array(
    z.object({
      url: z.string(),
      title: z.string().nullish(),
      text: z.string().nullish(),
      highlights: z.array(z.string()).nullish(),
      summary: z.string().nullish(),
    }),
  ),
});

export type ExaSearchOptions = { apiKey: string; baseUrl?: string; fetch?: typeof fetch; timeoutMs?: number };

/**
 * Web search through Exa (POST /search) with the first 500 characters of each page as its
 * snippet. Exa bills page contents per result, so a call asks for `offset + limit` results and
 * pages through them here.
 */
export function createExaSearchProvider(options: ExaSearchOptions): SearchProvider {
  const api = {
    id: "exa",
    name: "Exa",
    keyEnv: "EXA_API_KEY",
    apiKey: options.apiKey,
    baseUrl: options.baseUrl ?? "https://api.exa.ai",
    fetch: options.fetch ?? fetch,
    timeoutMs: options.timeoutMs ?? 15_000,
  };
  return {
    name: "exa",
    search: (query, { limit, offset = 0 }) =>
      pageOfTopResults(
        async (n) => {
          const init = {
            method: "POST",
            headers: { "x-api-key": options.apiKey, "content-type": "application/json", accept: "application/json" },
            body: JSON.stringify({ query, numResults: n, type: "auto", contents: { text: { maxCharacters: 500 } } }),
          };
          const body = await callSearchApi(api, "search", init, responseSchema);
          return body.results.map((hit) =>
            toSearchResult({ url: hit.url, title: hit.title, snippet: hit.highlights?.join(" … ") || hit.text || hit.summary }),
          );
        },
        { offset, limit, max: MAX_RESULTS },
      ),
  };
}
