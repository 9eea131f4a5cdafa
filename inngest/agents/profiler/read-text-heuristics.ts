import type { CrawledPage } from "../agent";
import { findEmployeeCount } from "./find-employee-count";
import { findFoundedYear } from "./find-founded-year";
import { findLocation } from "./find-location";
import { findTaglineYear } from "./find-tagline-year";
import { findTeamSize } from "./find-team-size";
import { sourceConfidence, type ProfileCandidate } from "./profile-candidate";

type Page = { text: string; url: string; kind: CrawledPage["kind"] };

/**
 * Profile values a page states in its prose, in English or Brazilian Portuguese
 * ("fundada em 2014", "mais de 200 colaboradores", "São Paulo - SP, 01310-100").
 * Only explicit statements match; nothing is estimated from indirect clues. Blog posts talk
 * about clients and partners, and job ads about the team a hire would join ("lead a team of
 * 12"), so neither gives a headcount; taglines are read only where a site introduces itself.
 */
export function readTextHeuristics({ text, url, kind }: Page, domain: string): ProfileCandidate[] {
  if (kind === "blog") return [];
  const countsStaff = kind !== "careers";
  const found: [ProfileCandidate["key"], unknown, number][] = [
    ["company.foundedYear", findFoundedYear(text, domain), sourceConfidence.text],
    ["company.foundedYear", kind === "home" || kind === "about" ? findTaglineYear(text) : null, sourceConfidence.tagline],
    ["company.size", countsStaff ? findEmployeeCount(text) : null, sourceConfidence.text],
    ["company.size", countsStaff ? findTeamSize(text) : null, sourceConfidence.teamText],
    ["company.location", findLocation(text), sourceConfidence.text],
  ];
  return found
    .filter(([, value]) => value !== null)
    .map(([key, value, confidence]) => ({ key, value, confidence, sourceUrl: url }));
}
