/**
 * Bounds on what one crawl may cost. A hostile or broken site must end in a clear failure
 * within these limits, never in a hung step or an exhausted worker.
 */
export type CrawlLimits = {
  /** Pages read per site, the home page included. */
  maxPages: number;
  /** Bytes read from one response body (after decompression) before it is aborted. */
  maxBytes: number;
  /** Wall-clock budget for one page, redirects and a dripping body included. */
  pageTimeoutMs: number;
  /** Wall-clock budget for the whole site; pages not started by then are skipped. */
  crawlTimeoutMs: number;
  maxRedirects: number;
  userAgent: string;
};

export const defaultCrawlLimits: CrawlLimits = {
  maxPages: 10,
  maxBytes: 2 * 1024 * 1024,
  pageTimeoutMs: 10_000,
  crawlTimeoutMs: 60_000,
  maxRedirects: 5,
  userAgent: "NelliaProspector/1.0 (+https://nellia.dev/bot)",
};
