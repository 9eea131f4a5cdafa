import type { SearchResult } from "@/server/search/search-provider";

// Directories, social networks and job boards: a result there is a page about companies, not one.
const notCompanies = new Set([
  "linkedin.com", "facebook.com", "instagram.com", "twitter.com", "x.com", "youtube.com", "tiktok.com",
  "wikipedia.org", "crunchbase.com", "glassdoor.com", "glassdoor.com.br", "indeed.com", "yelp.com",
  "zoominfo.com", "bloomberg.com", "reclameaqui.com.br", "econodata.com.br", "google.com", "g2.com", "capterra.com",
]);

export type SimilarCompany = { name: string; domain: string; url: string; snippet: string };

/** Whether a registrable domain can be a company's own site (and not a directory or a social network). */
export function isCompanySite(registrable: string): boolean {
  return !notCompanies.has(registrable);
}

/**
 * A result as a company: the name is the title's first part ("Acme Freight | Logistics" →
 * "Acme Freight"), since titles add a tagline or the section after a separator.
 */
export function similarCompany(result: SearchResult): SimilarCompany {
  const first = result.title.split(/\s+[|–—·-]\s+|:\s+/)[0]?.replace(/\s+/g, " ").trim();
  return { name: first && first.length <= 80 ? first : result.domain, domain: result.domain, url: result.url, snippet: result.snippet };
}
