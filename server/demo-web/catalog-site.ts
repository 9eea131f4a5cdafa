import type { DemoIndustry } from "./demo-industries";

export type DemoLanguage = "en" | "pt-BR";

/** How a hostile demo site misbehaves; see serve-hostile.ts. */
export type HostileBehaviour = "server-error" | "drip" | "huge-page" | "binary" | "redirect-loop";

/** Where a site's pages come from. */
export type CatalogSiteSource =
  /** `headers` are sent with every file; a list is sent as repeated headers (several `set-cookie`). */
  | { kind: "fixture"; dir: string; headers: Record<string, string | string[]> }
  | { kind: "synthetic"; index: number }
  | { kind: "hostile"; behaviour: HostileBehaviour };

/** One company of the demo web: what search indexes and what the server needs to answer for it. */
export type CatalogSite = {
  /** Lower-case, without `www.`. */
  domain: string;
  name: string;
  industry: DemoIndustry;
  employees: number;
  city: string;
  region?: string;
  /** ISO 3166-1 alpha-2, e.g. "BR", "GB". */
  country: string;
  language: DemoLanguage;
  description: string;
  keywords: string[];
  founded?: number;
  source: CatalogSiteSource;
};
