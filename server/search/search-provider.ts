/** One hit from a search provider; `domain` is lower-case, without `www.`. */
export type SearchResult = { url: string; domain: string; title: string; snippet: string };

/**
 * What lead discovery needs from web search. Same query and options give the same page of
 * results, so a run can page with `offset` and never see a company twice.
 */
export type SearchProvider = {
  name: string;
  search(query: string, opts: { limit: number; offset?: number }): Promise<SearchResult[]>;
};
