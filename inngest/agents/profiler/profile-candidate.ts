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

/**
 * How far each kind of source is trusted: structured data a site publishes about itself beats
 * prose. A description's own "X is a …" sentence names the trade better than a keywords list;
 * a schema.org type ("LegalService") names it only broadly. "A team of N" may be a department's,
 * and a "since 1979" tagline only implies the founding.
 */
export const sourceConfidence = {
  jsonLd: 0.9,
  microdata: 0.85,
  openGraph: 0.8,
  selfDescription: 0.75,
  meta: 0.7,
  heading: 0.6,
  schemaType: 0.6,
  text: 0.5,
  teamText: 0.45,
  tagline: 0.4,
} as const;
