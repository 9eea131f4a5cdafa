export type ProfileKey =
  | "company.name"
  | "company.description"
  | "company.industry"
  | "company.size"
  | "company.location"
  | "company.foundedYear"
  | "company.social";

/** One value a page states for a profile key, before the best source per key is kept. */
export type ProfileCandidate = { key: ProfileKey; value: unknown; confidence: number; sourceUrl: string };

/** How far each kind of source is trusted: structured data a site publishes about itself beats prose. */
export const sourceConfidence = { jsonLd: 0.9, openGraph: 0.8, meta: 0.7, heading: 0.6, text: 0.5 } as const;
