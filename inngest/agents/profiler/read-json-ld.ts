import type { CheerioAPI } from "cheerio";
import { companyLocation } from "./company-location";
import { companySize } from "./company-size";
import { countryName } from "./country-name";
import { findJsonLdOrganization, type JsonLdNode } from "./find-json-ld-organization";
import { isOnDomain } from "./is-on-domain";
import { parseCount } from "./parse-count";
import { sourceConfidence, type ProfileCandidate, type ProfileKey } from "./profile-candidate";
import { industryOfSchemaType } from "./schema-type";

/**
 * Profile values from the page's JSON-LD Organization, each exactly as the site publishes it; a
 * business @type ("VeterinaryCare") gives a broad industry when no `industry` is stated.
 */
export function readJsonLd($: CheerioAPI, pageUrl: string, domain: string): ProfileCandidate[] {
  const org = findJsonLdOrganization($, domain);
  if (!org) return [];
  const candidates: ProfileCandidate[] = [];
  const add = (key: ProfileKey, value: unknown, confidence: number = sourceConfidence.jsonLd) => {
    if (value !== null && value !== undefined && value !== "") {
      candidates.push({ key, value, confidence, sourceUrl: pageUrl });
    }
  };
  add("company.name", text(org.name) ?? text(org.legalName));
  add("company.description", text(org.description));
  add("company.industry", text(org.industry) ?? list(org.knowsAbout));
  add("company.industry", industryOfSchemaType(org["@type"]), sourceConfidence.schemaType);
  add("company.size", employees(org.numberOfEmployees));
  add("company.foundedYear", year(org.foundingDate));
  add("company.location", address(org.address) ?? address((asNode(org.location) ?? {}).address));
  // A job posting's hiringOrganization often gives the site itself as sameAs; that is no profile.
  const social = urls(org.sameAs).filter((url) => !isOnDomain(url, domain));
  if (social.length > 0) add("company.social", social);
  return candidates;
}

function text(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return first.replace(/\s+/g, " ").trim() || null;
  const node = asNode(first);
  return node ? text(node.name) : null;
}

function list(value: unknown): string | null {
  const items = (Array.isArray(value) ? value : [value]).map(text).filter((item): item is string => Boolean(item));
  return items.length > 0 ? items.slice(0, 5).join(", ") : null;
}

function employees(value: unknown) {
  const node = asNode(value);
  if (!node) {
    const count = parseCount(String(value ?? "").trim());
    return count ? companySize(count, count, `${count} employees`) : null;
  }
  if (node.value !== undefined) return employees(node.value);
  const min = parseCount(String(node.minValue ?? "").trim());
  const max = parseCount(String(node.maxValue ?? "").trim());
  if (min && max) return companySize(min, max, `${min}–${max} employees`);
  if (min) return companySize(min, null, `${min}+ employees`);
  return null;
}

function year(value: unknown): number | null {
  const match = /^\s*(\d{4})/.exec(String(value ?? ""));
  const parsed = match ? Number(match[1]) : NaN;
  return parsed >= 1800 && parsed <= new Date().getFullYear() ? parsed : null;
}

function address(value: unknown) {
  const first = Array.isArray(value) ? value[0] : value;
  // A one-line address is kept whole; splitting it into city and country would be a guess.
  if (typeof first === "string") return first.trim() ? { label: first.trim(), city: null, region: null, country: null } : null;
  const node = asNode(first);
  if (!node) return null;
  const country = text(node.addressCountry);
  return companyLocation(text(node.addressLocality), text(node.addressRegion), country ? (countryName(country) ?? country) : null);
}

function urls(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  const valid = items.filter((item): item is string => typeof item === "string" && /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(item.trim()));
  return [...new Set(valid.map((item) => item.trim()))];
}

function asNode(value: unknown): JsonLdNode | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JsonLdNode) : null;
}
