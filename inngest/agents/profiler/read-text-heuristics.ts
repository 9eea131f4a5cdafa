import { findFoundedYear } from "./find-founded-year";
import { findEmployeeCount } from "./find-employee-count";
import { findLocation } from "./find-location";
import { sourceConfidence, type ProfileCandidate } from "./profile-candidate";

/**
 * Profile values a page states in its prose, in English or Brazilian Portuguese
 * ("fundada em 2014", "mais de 200 colaboradores", "São Paulo - SP, 01310-100").
 * Only explicit statements match; nothing is estimated from indirect clues.
 */
export function readTextHeuristics(text: string, pageUrl: string): ProfileCandidate[] {
  const found: [ProfileCandidate["key"], unknown][] = [
    ["company.foundedYear", findFoundedYear(text)],
    ["company.size", findEmployeeCount(text)],
    ["company.location", findLocation(text)],
  ];
  return found
    .filter(([, value]) => value !== null)
    .map(([key, value]) => ({ key, value, confidence: sourceConfidence.text, sourceUrl: pageUrl }));
}
