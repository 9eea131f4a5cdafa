import type { CrawlLimits } from "@/server/crawler/crawl-limits";
import { crawlSite, type CrawlResult } from "@/server/crawler/crawl-site";
import { FetchError } from "@/server/crawler/fetch-error";
import type { AddressPolicy } from "@/server/crawler/resolve-host";
import { AgentFailure, type Agent, type AgentInput, type AgentOutput } from "./agent";

export type SiteCrawlerOptions = {
  /** Lower the limits in tests (a 10 s drip should not take 10 s to test). */
  limits?: Partial<CrawlLimits>;
  addressPolicy?: AddressPolicy;
};

/**
 * Builds the crawler agent with its limits; `siteCrawler` is the production instance.
 * A home page that cannot be read fails the lead (its plan turns limited); a site that is
 * merely not answering right now throws a plain Error so the step is retried.
 */
export function createSiteCrawler(options: SiteCrawlerOptions = {}): Agent {
  return {
    name: "site-crawler",
    label: "Site crawler",
    kind: "deterministic",
    async run(input: AgentInput): Promise<AgentOutput> {
      // Intake's normalised domain wins: the lead row may still hold what the user typed.
      const normalized = input.facts.find((fact) => fact.key === "domain.normalized")?.value;
      const domain = (typeof normalized === "string" ? normalized : input.lead.domain).trim().toLowerCase();
      let crawl: CrawlResult;
      try {
        crawl = await crawlSite(domain, { ...input.env, ...options, signal: input.signal });
      } catch (error) {
        if (!(error instanceof FetchError) || input.signal?.aborted) throw error;
        if (error.kind === "robots_disallowed") {
          throw new AgentFailure(`robots.txt asks crawlers not to read ${domain}, so nothing was read`, "robots_disallowed");
        }
        const message = `Could not read the home page of ${domain}: ${error.message}`;
        if (error.transient) throw new Error(message);
        throw new AgentFailure(message, "site_unreadable");
      }
      return toOutput(crawl);
    },
  };
}

export const siteCrawler: Agent = createSiteCrawler();

function toOutput(crawl: CrawlResult): AgentOutput {
  const home = crawl.pages[0]!;
  const robotsPaths = [...new Set(crawl.robotsDisallowed.map((entry) => entry.path))];
  const facts: AgentOutput["facts"] = [
    { key: "site.pages", value: crawl.pages.map((page) => page.finalUrl), method: "parsed", sourceUrl: home.finalUrl, confidence: 1 },
  ];
  if (robotsPaths.length > 0) {
    facts.push({
      key: "site.robots",
      value: robotsPaths,
      method: "parsed",
      sourceUrl: crawl.robotsDisallowed[0]!.robotsUrl,
      confidence: 1,
    });
  }
  const notes: string[] = [];
  if (robotsPaths.length > 0) notes.push(`robots.txt kept us out of ${robotsPaths.join(", ")}`);
  if (crawl.failures.length > 0) {
    const listed = crawl.failures.slice(0, 3).map((failure) => `${new URL(failure.url).pathname} (${failure.reason})`);
    const more = crawl.failures.length > 3 ? ` and ${crawl.failures.length - 3} more` : "";
    notes.push(`could not read ${listed.join(", ")}${more}`);
  }
  if (crawl.skippedForTime > 0) notes.push(`ran out of time before ${crawl.skippedForTime} more`);
  const count = `Read ${crawl.pages.length} page${crawl.pages.length === 1 ? "" : "s"}`;
  return {
    facts,
    pages: crawl.pages,
    message: notes.length > 0 ? `${count} (${notes.join("; ")})` : count,
  };
}
