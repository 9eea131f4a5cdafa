import "server-only";
import { startDemoWeb, type DemoWeb } from "@/server/demo-web/start-demo-web";
import { demoWebEnabled, env } from "@/server/env";
import { cacheSearchResults } from "@/server/search/cache-search-results";
import { createSearchProvider } from "@/server/search/create-search-provider";
import { createDemoSearchProvider } from "@/server/search/demo-search-provider";
import type { SearchProvider } from "@/server/search/search-provider";

const globalForDemo = globalThis as unknown as { nelliaDemoWeb?: Promise<DemoWeb> };
const globalForSearch = globalThis as unknown as { nelliaSearch?: SearchProvider; nelliaWebSearch?: SearchProvider | null };

/** The local fictional web, started once per process when demo mode is on; null otherwise. */
export function getDemoWeb(): Promise<DemoWeb> | null {
  if (!demoWebEnabled) return null;
  globalForDemo.nelliaDemoWeb ??= startDemoWeb({ syntheticCount: env.DEMO_WEB_SITES }).catch((error: unknown) => {
    globalForDemo.nelliaDemoWeb = undefined;
    throw error;
  });
  return globalForDemo.nelliaDemoWeb;
}

/** The real web search the environment configures (Tavily, Exa or Brave), made once per process; null when none is. */
function getWebSearchProvider(): SearchProvider | null {
  if (globalForSearch.nelliaWebSearch === undefined) {
    const provider = createSearchProvider({
      provider: env.SEARCH_PROVIDER,
      tavilyApiKey: env.TAVILY_API_KEY,
      exaApiKey: env.EXA_API_KEY,
      braveApiKey: env.BRAVE_SEARCH_API_KEY,
      tavilyBaseUrl: env.TAVILY_BASE_URL,
      exaBaseUrl: env.EXA_BASE_URL,
      braveBaseUrl: env.BRAVE_SEARCH_BASE_URL,
    });
    // Paid providers bill per request: a page discovery asks for again is answered from memory.
    globalForSearch.nelliaWebSearch = provider ? cacheSearchResults(provider) : null;
  }
  return globalForSearch.nelliaWebSearch;
}

/**
 * Where discovery and web research search: the configured provider, else the demo web's index
 * when the demo web runs, else null.
 */
export async function getConfiguredSearchProvider(): Promise<SearchProvider | null> {
  const web = getWebSearchProvider();
  if (web) return web;
  const demo = getDemoWeb();
  if (!demo) return null;
  const { catalog } = await demo;
  globalForSearch.nelliaSearch ??= createDemoSearchProvider(catalog);
  return globalForSearch.nelliaSearch;
}

/** Where discovery searches; throws when there is nowhere to search. */
export async function getSearchProvider(): Promise<SearchProvider> {
  const provider = await getConfiguredSearchProvider();
  if (!provider) throw new Error("No search provider is configured: set TAVILY_API_KEY, EXA_API_KEY or BRAVE_SEARCH_API_KEY, or DEMO_WEB=1 for the local demo web.");
  return provider;
}
