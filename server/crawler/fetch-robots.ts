import robotsParser from "robots-parser";
import { FetchError } from "./fetch-error";
import { safeFetch, type SafeFetchOptions } from "./safe-fetch";

export type RobotsRules = {
  robotsUrl: string;
  isAllowed(url: string): boolean;
};

/** The product token robots.txt groups are matched against ("User-agent: NelliaProspector"). */
const robotsAgent = "NelliaProspector";

/**
 * Reads an origin's robots.txt through the same guarded fetcher as the pages. A missing,
 * unreadable or non-text robots.txt allows everything, as crawlers conventionally treat it;
 * a refused address is rethrown because the pages on that origin would be refused too.
 */
export async function fetchRobots(origin: string, options: Omit<SafeFetchOptions, "accept">): Promise<RobotsRules> {
  const robotsUrl = new URL("/robots.txt", origin).href;
  let text = "";
  try {
    const response = await safeFetch(robotsUrl, { ...options, accept: "text" });
    if (response.status >= 200 && response.status < 300) text = response.body;
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (!(error instanceof FetchError) || error.kind === "blocked_address") throw error;
  }
  const robots = robotsParser(robotsUrl, text);
  return {
    robotsUrl,
    // robots-parser answers undefined for URLs of another origin; those are judged by their own robots.txt.
    isAllowed: (url) => robots.isAllowed(url, robotsAgent) ?? true,
  };
}
