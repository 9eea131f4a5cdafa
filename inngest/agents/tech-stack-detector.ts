import { load } from "cheerio";
import type { Agent, Fact } from "./agent";
import { fingerprints } from "./tech/fingerprints";
import { matchFingerprints } from "./tech/match-fingerprints";

export type DetectedTech = { name: string; category: string; evidence: string; sourceUrl: string; confidence: number };

// Site-wide choices (CMS, commerce, framework) say most about a company; the message leads with them.
const messageOrder = ["CMS", "Commerce", "JavaScript framework", "Payments", "Marketing automation", "Analytics"];
const rank = (category: string) => (messageOrder.includes(category) ? messageOrder.indexOf(category) : messageOrder.length);

/**
 * Names the technologies a site uses from its markup (and headers or cookies when the crawler
 * kept them), using our own fingerprint rules. Each technology is credited to the first page
 * where it was seen, with the strongest evidence found on any page.
 */
export const techStackDetector: Agent = {
  name: "tech-stack-detector",
  label: "Tech stack detector",
  kind: "deterministic",
  async run({ pages }) {
    if (pages.length === 0) return { facts: [], message: "No pages to inspect: the site was not read" };
    const seen = new Map<string, DetectedTech>();
    for (const page of pages) {
      const url = page.finalUrl || page.url;
      for (const match of matchFingerprints(load(page.html), page.html, page, fingerprints)) {
        const current = seen.get(match.name);
        if (!current) seen.set(match.name, { ...match, sourceUrl: url });
        else if (match.confidence > current.confidence) seen.set(match.name, { ...match, sourceUrl: current.sourceUrl });
      }
    }
    const found = [...seen.values()].sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name));
    if (found.length === 0) {
      return { facts: [], message: `No known technologies found on ${pages.length} page${pages.length === 1 ? "" : "s"}` };
    }
    const stack = found;
    const confidence = Math.max(...found.map((tech) => tech.confidence));
    const facts: Fact[] = [{ key: "tech.stack", value: stack, method: "fingerprint", sourceUrl: stack[0]?.sourceUrl ?? null, confidence }];
    const names = [...found].sort((a, b) => rank(a.category) - rank(b.category)).map((tech) => tech.name);
    const listed = names.length > 5 ? `${names.slice(0, 5).join(", ")}, …` : names.join(", ");
    return { facts, message: `Detected ${names.length} technolog${names.length === 1 ? "y" : "ies"}: ${listed}` };
  },
};
