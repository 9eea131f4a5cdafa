import "server-only";
import { startDemoWeb, type DemoWeb } from "@/server/demo-web/start-demo-web";
import { demoWebEnabled, env } from "@/server/env";
import { createDemoSearchProvider } from "@/server/search/demo-search-provider";
import type { SearchProvider } from "@/server/search/search-provider";

const globalForDemo = globalThis as unknown as { nelliaDemoWeb?: Promise<DemoWeb> };

/** The local fictional web, started once per process when demo mode is on; null otherwise. */
export function getDemoWeb(): Promise<DemoWeb> | null {
  if (!demoWebEnabled) return null;
  globalForDemo.nelliaDemoWeb ??= startDemoWeb({ syntheticCount: env.DEMO_WEB_SITES }).catch((error: unknown) => {
    globalForDemo.nelliaDemoWeb = undefined;
    throw error;
  });
  return globalForDemo.nelliaDemoWeb;
}

/** Where discovery searches: the demo web's index until a real provider is configured. */
export async function getSearchProvider(): Promise<SearchProvider> {
  const demo = getDemoWeb();
  if (!demo) throw new Error("No search provider is configured: set DEMO_WEB=1 for the local demo web.");
  const web = await demo;
  const globalForSearch = globalThis as unknown as { nelliaSearch?: SearchProvider };
  globalForSearch.nelliaSearch ??= createDemoSearchProvider(web.catalog);
  return globalForSearch.nelliaSearch;
}
