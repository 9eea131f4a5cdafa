import type { CheerioAPI } from "cheerio";
import { isOnDomain } from "./is-on-domain";
import { parseJsonLd } from "./parse-json-ld";
import { isOrganizationType } from "./schema-type";

export type JsonLdNode = Record<string, unknown>;

/**
 * The Organization a page's JSON-LD describes, wherever it sits (top level, `@graph`, or
 * nested as a publisher). When several are described, the one whose url is on the lead's
 * domain wins over partners, clients or a blog post's author organisation.
 */
export function findJsonLdOrganization($: CheerioAPI, domain: string): JsonLdNode | null {
  const found: { node: JsonLdNode; depth: number }[] = [];
  $("script").each((_, element) => {
    if ($(element).attr("type")?.trim().toLowerCase() !== "application/ld+json") return;
    collect(parseJsonLd($(element).text()), 0, found);
  });
  if (found.length === 0) return null;
  const ownSite = found.find(({ node }) => [node.url, node["@id"]].some((value) => isOnDomain(value, domain)));
  const shallowest = [...found].sort((a, b) => a.depth - b.depth)[0]!;
  return (ownSite ?? shallowest).node;
}

function collect(value: unknown, depth: number, found: { node: JsonLdNode; depth: number }[]): void {
  if (depth > 8 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth, found);
    return;
  }
  const node = value as JsonLdNode;
  if (isOrganizationType(node["@type"])) found.push({ node, depth });
  for (const [key, child] of Object.entries(node)) {
    if (key !== "@context") collect(child, key === "@graph" ? depth : depth + 1, found);
  }
}
