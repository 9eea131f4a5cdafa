import { createBraveSearchProvider } from "./brave-search-provider";
import { createExaSearchProvider } from "./exa-search-provider";
import type { SearchProvider } from "./search-provider";
import { createTavilySearchProvider } from "./tavily-search-provider";

export type SearchSettings = {
  provider?: "tavily" | "exa" | "brave" | "demo";
  tavilyApiKey?: string;
  exaApiKey?: string;
  braveApiKey?: string;
  tavilyBaseUrl?: string;
  exaBaseUrl?: string;
  braveBaseUrl?: string;
};

/**
 * The web search the settings configure: the provider named, else the first with a key (Tavily,
 * Exa, Brave). Null means "use the demo web's search": asked for, or no key set. A provider named
 * without its key is a setup mistake and says so at start rather than at the first search.
 */
export function createSearchProvider(settings: SearchSettings): SearchProvider | null {
  const provider =
    settings.provider ??
    (settings.tavilyApiKey ? "tavily" : settings.exaApiKey ? "exa" : settings.braveApiKey ? "brave" : "demo");
  switch (provider) {
    case "demo":
      return null;
    case "tavily":
      if (!settings.tavilyApiKey) throw new Error("SEARCH_PROVIDER=tavily needs TAVILY_API_KEY.");
      return createTavilySearchProvider({ apiKey: settings.tavilyApiKey, baseUrl: settings.tavilyBaseUrl });
    case "exa":
      if (!settings.exaApiKey) throw new Error("SEARCH_PROVIDER=exa needs EXA_API_KEY.");
      return createExaSearchProvider({ apiKey: settings.exaApiKey, baseUrl: settings.exaBaseUrl });
    case "brave":
      if (!settings.braveApiKey) throw new Error("SEARCH_PROVIDER=brave needs BRAVE_SEARCH_API_KEY.");
      return createBraveSearchProvider({ apiKey: settings.braveApiKey, baseUrl: settings.braveBaseUrl });
  }
}
