import type { Localized } from "@/server/domain/settings/scoring-criteria";
import { locateTerm } from "./fold-text";
import { industryConcepts } from "./industry-concepts";
import type { LeadFacts } from "./lead-facts";

/** A sector a lead's own words name, where they said it, and how far that source is trusted. */
export type FoundConcept = {
  concept: string;
  /** The words as the lead spelled them ("Logística"). */
  quote: string;
  factKey: string;
  sourceWeight: number;
  /** Named next to "software"/"SaaS": the market a software company sells to, not its own sector. */
  served: boolean;
};

export type IndustrySource = { factKey: string; text: string; weight: number; label: Localized };

// Customers follow these words ("software for clinics", "vende para supermercados"): what comes
// after says who the company sells to, not what it is.
const customerClause = /\s(for|para|to|such as|sold|serving|working with|atendendo|que atende|that helps?|que ajuda)\s/i;

/** Declared industry, then name and the description's own clause, most trusted first. */
export function industrySources(facts: LeadFacts): IndustrySource[] {
  const sources: IndustrySource[] = [];
  const industry = facts.get("company.industry")?.value;
  const declared = Array.isArray(industry) ? industry.filter((item) => typeof item === "string").join(", ") : facts.text("company.industry");
  if (declared) sources.push({ factKey: "company.industry", text: declared, weight: 1, label: { en: "Industry", "pt-BR": "Setor" } });
  const name = facts.text("company.name");
  if (name) sources.push({ factKey: "company.name", text: name, weight: 1, label: { en: "Company name", "pt-BR": "Nome" } });
  const description = facts.text("company.description");
  if (description) {
    const own = description.split(customerClause)[0] ?? description;
    sources.push({ factKey: "company.description", text: own, weight: 0.9, label: { en: "Description", "pt-BR": "Descrição" } });
  }
  return sources;
}

export function conceptsIn(source: IndustrySource): FoundConcept[] {
  const found = industryConcepts.flatMap((concept) => {
    const hits = concept.terms.map((term) => locateTerm(source.text, term)).filter((hit) => hit !== null);
    const first = hits.sort((a, b) => a.index - b.index)[0];
    return first ? [{ concept: concept.id, quote: first.quote, factKey: source.factKey, sourceWeight: source.weight, served: false }] : [];
  });
  const isSoftware = found.some((hit) => hit.concept === "software");
  return found.map((hit) => ({ ...hit, served: isSoftware && hit.concept !== "software" }));
}
