import { load } from "cheerio";
import { getDomain } from "tldts";
import type { AgentEnvironment, CrawledPage } from "@/inngest/agents/agent";
import { defaultCrawlLimits, type CrawlLimits } from "./crawl-limits";
import { discoverBlogPosts } from "./discover-blog-posts";
import { discoverLinks, type DiscoveredLink } from "./discover-links";
import { FetchError } from "./fetch-error";
import { fetchRobots, type RobotsRules } from "./fetch-robots";
import { fetchHomePage } from "./fetch-home-page";
import { htmlToText } from "./html-to-text";
import type { AddressPolicy } from "./resolve-host";
import { safeFetch, type SafeFetchResult } from "./safe-fetch";

export type CrawlSiteOptions = Pick<AgentEnvironment, "allowPrivateNetworks" | "hostOverrides" | "lookup"> & {
  limits?: Partial<CrawlLimits>;
  addressPolicy?: AddressPolicy;
  signal?: AbortSignal;
};

export type CrawlResult = {
  pages: CrawledPage[];
  /** Paths robots.txt kept us out of, with the robots.txt that said so. */
  robotsDisallowed: { path: string; robotsUrl: string }[];
  /** Pages after the home page that could not be read; noted, never fatal. */
  failures: { url: string; reason: string }[];
  /** Pages not started because the whole-site budget ran out. */
  skippedForTime: number;
};

/**
 * Reads a company's home page and the pages that describe it (about, contact, team,
 * careers, blog and its posts), politely and within `limits`. Throws a FetchError when the
 * home page cannot be read or robots.txt forbids it; later pages only ever add to `failures`.
 */
export async function crawlSite(domain: string, options: CrawlSiteOptions): Promise<CrawlResult> {
  const limits = { ...defaultCrawlLimits, ...options.limits };
  const startedAt = Date.now();
  const fetchOptions = { ...options, limits };
  const robotsByOrigin = new Map<string, Promise<RobotsRules>>();
  const robotsFor = (url: string) => {
    const origin = new URL(url).origin;
    if (!robotsByOrigin.has(origin)) robotsByOrigin.set(origin, fetchRobots(origin, fetchOptions));
    return robotsByOrigin.get(origin)!;
  };
  const result: CrawlResult = { pages: [], robotsDisallowed: [], failures: [], skippedForTime: 0 };

  const home = await fetchHomePage(domain, { ...fetchOptions, robotsFor });
  result.pages.push(toCrawledPage(home, "home"));

  const sites = new Set([domain, getDomain(new URL(home.finalUrl).hostname) ?? domain]);
  const isSameSite = (url: URL) => sites.has(getDomain(url.hostname) ?? url.hostname);
  const visited = new Set([normalize(home.url), normalize(home.finalUrl)]);
  const links = discoverLinks(load(home.body), home.finalUrl, isSameSite);
  const primary = links.filter((link, index) => links.findIndex((other) => other.kind === link.kind) === index);
  const posts: DiscoveredLink[] = [];
  const queue = [primary, posts, links.filter((link) => !primary.includes(link))];

  for (const list of queue) {
    for (const link of list) {
      if (result.pages.length >= limits.maxPages) return result;
      if (visited.has(normalize(link.url))) continue;
      if (Date.now() - startedAt > limits.crawlTimeoutMs) {
        const left = new Set(queue.slice(queue.indexOf(list)).flat().map((pending) => normalize(pending.url)));
        const unread = [...left].filter((pending) => !visited.has(pending)).length;
        result.skippedForTime = Math.min(unread, limits.maxPages - result.pages.length);
        return result;
      }
      visited.add(normalize(link.url));
      try {
        // Inside the try: a link to another host of the site may have its own, unreachable robots.txt.
        const robots = await robotsFor(link.url);
        if (!robots.isAllowed(link.url)) {
          result.robotsDisallowed.push({ path: new URL(link.url).pathname, robotsUrl: robots.robotsUrl });
          continue;
        }
        const fetched = await safeFetch(link.url, { ...fetchOptions, accept: "html" });
        if (visited.has(normalize(fetched.finalUrl)) && normalize(fetched.finalUrl) !== normalize(link.url)) continue;
        visited.add(normalize(fetched.finalUrl));
        result.pages.push(toCrawledPage(fetched, link.kind));
        if (link.kind === "blog" && list === primary) {
          const found = discoverBlogPosts(load(fetched.body), fetched.finalUrl, isSameSite);
          posts.push(...found.map((url) => ({ url, kind: "blog" as const })));
        }
      } catch (error) {
        if (options.signal?.aborted || !(error instanceof FetchError)) throw error;
        result.failures.push({ url: link.url, reason: error.message });
      }
    }
  }
  return result;
}

function toCrawledPage(fetched: SafeFetchResult, kind: CrawledPage["kind"]): CrawledPage {
  const $ = load(fetched.body);
  return {
    url: fetched.url,
    finalUrl: fetched.finalUrl,
    status: fetched.status,
    contentType: fetched.contentType,
    kind,
    title: $("title").first().text().replace(/\s+/g, " ").trim() || null,
    headers: fetched.headers,
    cookies: fetched.cookies,
    html: fetched.body,
    text: htmlToText($),
    bytes: fetched.bytes,
    fetchedAt: new Date().toISOString(),
  };
}

// "/about/" and "/about" are one page on nearly every site; reading both wastes the cap.
function normalize(url: string): string {
  const parsed = new URL(url);
  parsed.hash = "";
  if (parsed.pathname.length > 1) parsed.pathname = parsed.pathname.replace(/\/+$/, "");
  return parsed.href;
}
