import type { BusinessContextInput } from "@/server/api/schemas/business-context";
import { countryName } from "../profiler/country-name";
import { type CriterionMatch, criterionMatch, outsideFocus } from "./criterion-match";
import { foldText, hasTerm } from "./fold-text";
import { type LeadPlace, leadPlace } from "./lead-country";
import type { LeadFacts } from "./lead-facts";
import { countryLabel, regions, states } from "./places";

type Target =
  | { kind: "country"; country: string }
  | { kind: "state"; country: "United States" | "Brazil"; code: string; name: string }
  | { kind: "region"; countries: string[] | "any" }
  | { kind: "place"; text: string };

/** What an ICP entry names: a country ("EUA", "Brasil", "USA"), a region, a US/Brazilian state, or some other place. */
export function readTarget(entry: string): Target {
  const plain = entry.trim().replace(/\./g, "");
  // An ICP entry is a deliberate name, so a short one is a code whatever its case ("usa", "br").
  const country = countryName(plain.length <= 3 ? plain.toUpperCase() : plain);
  if (country) return { kind: "country", country };
  const folded = foldText(plain);
  const region = regions.find((candidate) => candidate.names.includes(folded));
  if (region) return { kind: "region", countries: region.countries };
  for (const [stateCountry, byCode] of Object.entries(states) as ["United States" | "Brazil", Record<string, string>][]) {
    for (const [code, name] of Object.entries(byCode)) {
      if (plain === code || folded === foldText(name)) return { kind: "state", country: stateCountry, code, name };
    }
  }
  return { kind: "place", text: entry.trim() };
}

/** How well the lead's place meets one entry: 1 inside it, 0.5 in the right country but another state. */
function meet(place: LeadPlace, target: Target): number {
  switch (target.kind) {
    case "country":
      return place.country === target.country ? 1 : 0;
    case "region":
      return target.countries === "any" || target.countries.includes(place.country) ? 1 : 0;
    case "state": {
      if (place.country !== target.country) return 0;
      const inState = place.region === target.code || [place.region, place.city].some((part) => part !== null && foldText(part) === foldText(target.name));
      return inState ? 1 : 0.5;
    }
    case "place":
      return place.weight === 1 && hasTerm(place.label, target.text) ? 1 : 0;
  }
}

/** The lead's country (or state, city) against the ICP's geographic focus. */
export function matchGeography(facts: LeadFacts, context: BusinessContextInput, domain: string): CriterionMatch {
  const place = leadPlace(facts, domain);
  const keys = place?.factKeys ?? [];
  if (context.geographicFocus.length === 0) {
    return criterionMatch(0, { en: "Your ICP names no target regions", "pt-BR": "Seu ICP não define regiões de atuação" }, keys, false);
  }
  if (!place) return criterionMatch(0, { en: "No location found", "pt-BR": "Nenhuma localização encontrada" }, [], false);
  const scored = context.geographicFocus.map((entry) => ({ entry, match: meet(place, readTarget(entry)) }));
  const best = scored.reduce((top, item) => (item.match > top.match ? item : top));
  const name = countryLabel(place.country);
  if (best.match === 0) {
    const focus = context.geographicFocus.join(", ");
    return outsideFocus({ en: `${place.how.en}: outside your focus (${focus})`, "pt-BR": `${place.how["pt-BR"]}: fora do seu foco (${focus})` }, keys);
  }
  const partly = best.match < 1;
  return criterionMatch(best.match * place.weight, {
    en: `${place.how.en}: ${partly ? `right country (${name.en}), but outside` : "matches"} your focus '${best.entry}'`,
    "pt-BR": `${place.how["pt-BR"]}: ${partly ? `país certo (${name["pt-BR"]}), mas fora do` : "corresponde ao"} seu foco '${best.entry}'`,
  }, keys);
}
