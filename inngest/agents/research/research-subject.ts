import { getDomain } from "tldts";
import type { AgentInput } from "../agent";
import type { CompanyLocation } from "../profiler/company-location";

/** What the web research agent searches about: the company as earlier agents found it. */
export type ResearchSubject = {
  /** The lead's domain, normalised by intake when it ran. */
  domain: string;
  /** Registrable domain ("acme.com" for "shop.acme.com"): results on it are the company's own pages. */
  site: string;
  /** As the site states it, else as the lead was entered, else the domain. */
  name: string;
  /** Whether `name` is a real name rather than the domain standing in for one. */
  named: boolean;
  /** The first industry the profiler found (a list is most specific first). */
  industry: string | null;
  /** "City, Country" (or what the page stated) for a local search. */
  location: string | null;
  /** The company's own one-line description, its name left out, when the industry is unknown. */
  description: string | null;
};

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.replace(/\s+/g, " ").trim() : null);

export function researchSubject({ lead, facts }: Pick<AgentInput, "lead" | "facts">): ResearchSubject {
  const fact = (key: string) => facts.find((candidate) => candidate.key === key)?.value;
  const domain = (text(fact("domain.normalized")) ?? lead.domain).trim().toLowerCase();
  const stated = text(fact("company.name")) ?? text(lead.companyName);
  const name = stated ?? domain;
  const industry = text(fact("company.industry"))?.split(/\s*[,;|]\s*/)[0]?.slice(0, 80) || null;
  return {
    domain,
    site: getDomain(domain) ?? domain,
    name,
    named: stated !== null,
    industry,
    location: locationText(fact("company.location")),
    description: industry ? null : descriptionText(text(fact("company.description")), name),
  };
}

function locationText(value: unknown): string | null {
  if (!value || typeof value !== "object") return null;
  const location = value as Partial<CompanyLocation>;
  const parts = [location.city ?? location.region, location.country].filter((part): part is string => Boolean(text(part)));
  if (parts.length > 0) return parts.join(", ");
  // A one-line address may start with the company's name and a street; its last parts are the place.
  const label = text(location.label);
  return label ? label.split(",").slice(-2).map((part) => part.replace(/\d+/g, "").trim()).filter(Boolean).join(", ") || null : null;
}

// The name would only find the company again; twelve words say what it does without the marketing tail.
function descriptionText(description: string | null, name: string): string | null {
  if (!description) return null;
  const withoutName = description.split(name).join(" ");
  const words = withoutName.split(/\s+/).filter((word) => /\p{L}/u.test(word)).slice(0, 12);
  return words.length >= 3 ? words.join(" ").replace(/[:;,.]+$/, "") : null;
}
