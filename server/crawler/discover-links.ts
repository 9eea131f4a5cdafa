import type { CheerioAPI } from "cheerio";
import { classifyLink, type LinkKind } from "./classify-link";
import { extractLinks } from "./extract-links";

export type DiscoveredLink = { url: string; kind: LinkKind };

const kindOrder: LinkKind[] = ["about", "contact", "team", "careers", "blog"];

/**
 * Same-site links worth reading for a profile, best first: the first link of each role
 * (about, contact, team, careers, blog), then any further links of those roles in page order.
 */
export function discoverLinks($: CheerioAPI, pageUrl: string, isSameSite: (url: URL) => boolean): DiscoveredLink[] {
  const home = new URL(pageUrl);
  const found: DiscoveredLink[] = [];
  for (const link of extractLinks($, pageUrl)) {
    if (!isSameSite(link.url) || (link.url.pathname === home.pathname && link.url.host === home.host)) continue;
    const kind = classifyLink(link);
    if (kind) found.push({ url: link.url.href, kind });
  }
  const firsts = kindOrder
    .map((kind) => found.find((link) => link.kind === kind))
    .filter((link): link is DiscoveredLink => Boolean(link));
  return [...firsts, ...found.filter((link) => !firsts.includes(link))];
}
