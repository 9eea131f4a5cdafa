import { load } from "cheerio";
import { htmlToText } from "@/server/crawler/html-to-text";
import type { Agent, CrawledPage, Fact } from "./agent";
import { pickBestCandidates } from "./profiler/pick-best-candidates";
import type { ProfileCandidate, ProfileKey } from "./profiler/profile-candidate";
import { readJsonLd } from "./profiler/read-json-ld";
import { readMetaTags } from "./profiler/read-meta-tags";
import { readMicrodata } from "./profiler/read-microdata";
import { readSocialLinks } from "./profiler/read-social-links";
import { readTextHeuristics } from "./profiler/read-text-heuristics";

// Where a company describes itself first; on equal confidence the earlier kind wins.
const pageOrder: CrawledPage["kind"][] = ["home", "about", "contact", "team", "careers", "other", "blog"];
const keyOrder: ProfileKey[] = [
  "company.name", "company.description", "company.industry", "company.size",
  "company.location", "company.foundedYear", "company.social",
];

/**
 * The industry label the board filters by: one the site states (structured data, its own "X is
 * a …" description, its type or keywords), not one read from prose.
 */
function industryLabel(candidate: ProfileCandidate | undefined): string | null {
  if (!candidate || candidate.confidence < 0.6) return null;
  const value = candidate.value;
  if (typeof value === "string") return value.slice(0, 80);
  if (Array.isArray(value) && typeof value[0] === "string") return value[0].slice(0, 80);
  return null;
}

/**
 * Builds the company profile from the crawled pages, keeping for each key the value from the
 * most trusted source (JSON-LD, microdata, Open Graph, meta, title/heading, prose). Only stated
 * values become facts: a key no page states is left out rather than guessed.
 */
export const companyProfiler: Agent = {
  name: "company-profiler",
  label: "Company profiler",
  kind: "deterministic",
  async run({ lead, facts: known, pages }) {
    if (pages.length === 0) {
      return { facts: [], message: "Could not build a profile: no pages of the site were read" };
    }
    const normalized = known.find((fact) => fact.key === "domain.normalized")?.value;
    const domain = typeof normalized === "string" ? normalized : lead.domain;
    const ordered = [...pages].sort((a, b) => pageOrder.indexOf(a.kind) - pageOrder.indexOf(b.kind));
    const candidates = ordered.flatMap((page) => {
      const $ = load(page.html);
      const url = page.finalUrl || page.url;
      // A post's JSON-LD may describe the company it is about; its sameAs links are not this one's profiles.
      const structured = readJsonLd($, url, domain).filter((found) => page.kind !== "blog" || found.key !== "company.social");
      return [
        ...structured,
        ...readMicrodata($, url, domain),
        ...readMetaTags($, url, domain),
        ...readSocialLinks($, url),
        ...readTextHeuristics({ text: page.text || htmlToText($), url, kind: page.kind }, domain),
      ];
    });

    const best = pickBestCandidates(candidates);
    const facts: Fact[] = keyOrder
      .filter((key) => best.has(key))
      .map((key) => {
        const { value, confidence, sourceUrl } = best.get(key)!;
        return { key, value, method: "parsed", sourceUrl, confidence };
      });

    const name = best.get("company.name")?.value as string | undefined;
    const pageCount = `${pages.length} page${pages.length === 1 ? "" : "s"}`;
    if (facts.length === 0) {
      return { facts, message: `No company details are stated on the ${pageCount} read` };
    }
    const found = facts.map((fact) => fact.key.replace("company.", "").replace("foundedYear", "founded"));
    return {
      facts,
      message: `${name ? `Profiled ${name}` : "Profiled the company"}: ${found.join(", ")} from ${pageCount}`,
      lead: { companyName: name ?? null, industry: industryLabel(best.get("company.industry")) },
    };
  },
};
