import type { SearchProvider, SearchResult } from "./search-provider";

export type SearchCacheOptions = { ttlMs?: number; maxEntries?: number; now?: () => number };

/**
 * The same query and page asked again within `ttlMs` is answered from memory: discovery asks
 * for a page once per lead it creates, and paid providers bill per request. Failures are not
 * cached. Oldest entries go first when the cache is full.
 */
export function cacheSearchResults(provider: SearchProvider, options: SearchCacheOptions = {}): SearchProvider {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const maxEntries = options.maxEntries ?? 500;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { at: number; results: Promise<SearchResult[]> }>();
  return {
    name: provider.name,
    search(query, opts) {
      const key = JSON.stringify([query, opts.limit, opts.offset ?? 0]);
      const cached = entries.get(key);
      if (cached && now() - cached.at < ttlMs) return cached.results;
      const results = provider.search(query, opts);
      entries.delete(key);
      entries.set(key, { at: now(), results });
      results.catch(() => entries.delete(key));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return results;
    },
  };
}
