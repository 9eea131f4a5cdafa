import { FetchError } from "./fetch-error";
import type { RobotsRules } from "./fetch-robots";
import { safeFetch, type SafeFetchOptions, type SafeFetchResult } from "./safe-fetch";

export type FetchHomePageOptions = Omit<SafeFetchOptions, "accept"> & {
  robotsFor: (url: string) => Promise<RobotsRules>;
};

/**
 * Fetches a domain's home page: over http for the local demo web (a host override), else
 * https first and http only when https could not even connect, so a site that answers
 * badly over https is judged by that answer. Throws FetchError("robots_disallowed") when
 * robots.txt forbids the home page, since then nothing on the site may be read.
 */
export async function fetchHomePage(domain: string, options: FetchHomePageOptions): Promise<SafeFetchResult> {
  const schemes = options.hostOverrides?.(domain) ? ["http"] : ["https", "http"];
  const errors: FetchError[] = [];
  for (const scheme of schemes) {
    const url = `${scheme}://${domain}/`;
    const robots = await options.robotsFor(url);
    if (!robots.isAllowed(url)) {
      throw new FetchError("robots_disallowed", `${robots.robotsUrl} does not allow reading ${domain}`);
    }
    try {
      return await safeFetch(url, { ...options, accept: "html" });
    } catch (error) {
      if (options.signal?.aborted || !(error instanceof FetchError)) throw error;
      errors.push(error);
      const couldNotConnect = error.kind === "network" || (error.kind === "timeout" && error.transient);
      if (!couldNotConnect) throw error;
    }
  }
  const last = errors.at(-1)!;
  if (errors.length === 1) throw last;
  throw new FetchError(last.kind, `${errors.map((error, index) => `${schemes[index]}: ${error.message}`).join("; ")}`, last.transient);
}
