import type { ProfileCandidate, ProfileKey } from "./profile-candidate";

const linkKey = (url: string) => url.trim().toLowerCase().replace(/\/+$/, "");

/**
 * The value to keep per key: the most trusted candidate, the earliest on equal confidence. Social
 * links are the exception: every page's header, footer and JSON-LD sameAs name some of the same
 * profiles, so they are merged (once each, most trusted first) rather than one list winning.
 */
export function pickBestCandidates(candidates: ProfileCandidate[]): Map<ProfileKey, ProfileCandidate> {
  const best = new Map<ProfileKey, ProfileCandidate>();
  for (const candidate of candidates) {
    const current = best.get(candidate.key);
    if (!current || candidate.confidence > current.confidence) best.set(candidate.key, candidate);
  }
  const social = candidates
    .filter((candidate) => candidate.key === "company.social")
    .sort((a, b) => b.confidence - a.confidence);
  if (social.length > 0) {
    const links = new Map<string, string>();
    for (const url of social.flatMap((candidate) => candidate.value as string[])) {
      if (!links.has(linkKey(url))) links.set(linkKey(url), url);
    }
    best.set("company.social", { ...best.get("company.social")!, value: [...links.values()] });
  }
  return best;
}
