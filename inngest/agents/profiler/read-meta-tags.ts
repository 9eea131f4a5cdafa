import type { CheerioAPI } from "cheerio";
import { findSelfDescribedIndustry } from "./find-self-described-industry";
import { nameMatchingDomain } from "./name-matching-domain";
import { sourceConfidence, type ProfileCandidate } from "./profile-candidate";

/**
 * Profile values from Open Graph, meta tags, <title> and <h1>. A title or heading only
 * counts as the company's name when it matches the domain ("Home | Acme Widgets" on
 * acmewidgets.com), since titles are as often slogans or page names; the description's
 * "Acme is a …" sentence gives the industry in the company's own words.
 */
export function readMetaTags($: CheerioAPI, pageUrl: string, domain: string): ProfileCandidate[] {
  const candidates: ProfileCandidate[] = [];
  const add = (key: ProfileCandidate["key"], value: string | null | undefined, confidence: number) => {
    const clean = value?.replace(/\s+/g, " ").trim();
    if (clean) candidates.push({ key, value: clean, confidence, sourceUrl: pageUrl });
  };
  const meta = (name: string) =>
    $(`meta[property="${name}"], meta[name="${name}"]`).first().attr("content") ??
    $("meta").filter((_, element) => $(element).attr("name")?.toLowerCase() === name).first().attr("content");

  add("company.name", meta("og:site_name"), sourceConfidence.openGraph);
  const descriptions = [meta("og:description"), meta("description")];
  add("company.description", descriptions[0], sourceConfidence.openGraph);
  add("company.description", descriptions[1], sourceConfidence.meta);
  const selfDescribed = descriptions.map((text) => (text ? findSelfDescribedIndustry(text, domain) : null)).find(Boolean);
  add("company.industry", selfDescribed, sourceConfidence.selfDescription);
  const keywords = meta("keywords")?.split(/[,;]/).map((word) => word.trim()).filter(Boolean);
  if (keywords?.length) add("company.industry", keywords.slice(0, 5).join(", "), sourceConfidence.meta);

  const title = $("title").first().text();
  const h1 = $("h1").first().text();
  add("company.name", nameMatchingDomain(title, domain) ?? nameMatchingDomain(h1, domain), sourceConfidence.heading);
  return candidates;
}
