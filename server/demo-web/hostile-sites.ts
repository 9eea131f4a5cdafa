import type { CatalogSite, HostileBehaviour } from "./catalog-site";

function hostile(domain: string, behaviour: HostileBehaviour, name: string, description: string): CatalogSite {
  return {
    domain,
    name,
    industry: "saas",
    employees: 40,
    city: "Springfield",
    region: "OR",
    country: "US",
    language: "en",
    description,
    keywords: ["hostile", "demo", behaviour],
    source: { kind: "hostile", behaviour },
  };
}

/**
 * Sites that misbehave on purpose so the crawler's limits are exercised. Search leaves them
 * out unless asked; a pasted domain list can still name them.
 */
export const hostileSites: readonly CatalogSite[] = [
  hostile("quarrelwick-systems.com", "server-error", "Quarrelwick Systems", "Every page of this site answers 500 Internal Server Error."),
  hostile("slowdrip-tarnwell.io", "drip", "Tarnwell Slowdrip", "Pages send a few bytes, then one more byte every half second, and never finish."),
  hostile("gigantomire-press.com", "huge-page", "Gigantomire Press", "The home page is a 20 MiB HTML document generated on the fly."),
  hostile("noisequill-labs.co", "binary", "Noisequill Labs", "Pages are random bytes served as text/html."),
  hostile("loopmere-travel.co.uk", "redirect-loop", "Loopmere Travel", "/ redirects to /a, which redirects back to /, forever."),
];
