import type { CheerioAPI } from "cheerio";
import { getDomain } from "tldts";
import { parseJsonLd } from "./parse-json-ld";

export type JsonLdNode = Record<string, unknown>;

const organizationTypes = new Set([
  "organization", "corporation", "localbusiness", "onlinebusiness", "onlinestore", "professionalservice",
  "ngo", "educationalorganization", "medicalorganization", "financialservice", "legalservice", "store",
]);

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
  if (isOrganization(node["@type"])) found.push({ node, depth });
  for (const [key, child] of Object.entries(node)) {
    if (key !== "@context") collect(child, key === "@graph" ? depth : depth + 1, found);
  }
}

function isOrganization(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some(
    (entry) => typeof entry === "string" && organizationTypes.has(entry.replace(/^.*[/:#]/, "").toLowerCase()),
  );
}

function isOnDomain(value: unknown, domain: string): boolean {
  if (typeof value !== "string") return false;
  try {
    return getDomain(new URL(value).hostname) === domain;
  } catch {
    return false;
  }
}
