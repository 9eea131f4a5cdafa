import type { CheerioAPI } from "cheerio";
import { parse } from "tldts";
import { sourceConfidence, type ProfileCandidate } from "./profile-candidate";

/**
 * Profile values from Open Graph, meta tags, <title> and <h1>. A title or heading only
 * counts as the company's name when it matches the domain ("Home | Acme Widgets" on
 * acmewidgets.com), since titles are as often slogans or page names.
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
  add("company.description", meta("og:description"), sourceConfidence.openGraph);
  add("company.description", meta("description"), sourceConfidence.meta);
  const keywords = meta("keywords")?.split(/[,;]/).map((word) => word.trim()).filter(Boolean);
  if (keywords?.length) add("company.industry", keywords.slice(0, 5).join(", "), sourceConfidence.meta);

  const label = parse(domain).domainWithoutSuffix ?? domain;
  const title = $("title").first().text();
  const h1 = $("h1").first().text();
  add("company.name", nameMatchingDomain(title, label) ?? nameMatchingDomain(h1, label), sourceConfidence.heading);
  return candidates;
}

function nameMatchingDomain(text: string, label: string): string | null {
  const target = compact(label);
  const segments = text
    .split(/\s+[|\-–—·•:]+\s+/)
    .map((segment) => segment.replace(/\s+/g, " ").trim())
    .filter((segment) => compact(segment).length >= 3 && segment.length <= 80);
  const score = (segment: string) => {
    const value = compact(segment);
    if (value === target) return 3;
    // A longer segment may add a suffix ("Acme Ltda") but not a sentence ("Acme helps you grow").
    if (target.startsWith(value) || (value.startsWith(target) && value.length <= target.length + 6)) return 2;
    return 0;
  };
  const best = segments.map((segment) => ({ segment, score: score(segment) })).sort((a, b) => b.score - a.score)[0];
  return best && best.score > 0 ? best.segment : null;
}

function compact(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
