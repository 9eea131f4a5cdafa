import type { BusinessContextInput } from "@/server/api/schemas/business-context";
import { type CriterionMatch, criterionMatch } from "./criterion-match";
import { type LeadFacts, num, str } from "./lead-facts";
import { parseSizeRange, type SizeRange } from "./parse-size-range";

/** Credit when no headcount was found: the lead may well fit, but nothing shows it. */
export const UNKNOWN_SIZE_MATCH = 0.3;
/** Credit when the ICP gives no size at all: neither for nor against the lead. */
export const NO_SIZE_IN_ICP_MATCH = 0.5;

const range = (r: SizeRange) => (r.max === null ? `${r.min}+` : `${r.min}–${r.max}`);

/**
 * Inside the range is full credit; straddling its edge 0.7; near it (within 1.5×) 0.5, within 3×
 * 0.2, further 0: a 1,200-person company is close to a 1,000 cap, a 12-person one far from 50.
 */
function closeness(min: number, max: number | null, wanted: SizeRange): number {
  const top = max ?? Number.POSITIVE_INFINITY;
  const wantedTop = wanted.max ?? Number.POSITIVE_INFINITY;
  if (min >= wanted.min && top <= wantedTop) return 1;
  if (top >= wanted.min && min <= wantedTop) return 0.7;
  const ratio = top < wanted.min ? wanted.min / top : min / wantedTop;
  return ratio <= 1.5 ? 0.5 : ratio <= 3 ? 0.2 : 0;
}

/** The lead's stated headcount against the range the ICP's text gives. */
export function matchCompanySize(facts: LeadFacts, context: BusinessContextInput): CriterionMatch {
  const wanted = parseSizeRange(context);
  const size = facts.record("company.size");
  const min = num(size?.min);
  const keys = min === null ? [] : ["company.size"];
  if (!wanted) {
    return criterionMatch(NO_SIZE_IN_ICP_MATCH, { en: "Your ICP states no company size; neutral credit", "pt-BR": "Seu ICP não define porte; crédito neutro" }, keys, false);
  }
  const asked = wanted.assumed ? `'${wanted.quote}' (${range(wanted)})` : `'${wanted.quote}'`;
  if (min === null) {
    return criterionMatch(UNKNOWN_SIZE_MATCH, {
      en: `No employee count found; partial credit against your ${asked}`,
      "pt-BR": `Número de funcionários não encontrado; crédito parcial frente ao seu ${asked}`,
    }, [], false);
  }
  const max = size?.max === null ? null : (num(size?.max) ?? min);
  const match = closeness(min, max, wanted);
  const label = str(size?.label) ?? (max === min ? `${min}` : `${min}–${max ?? "+"}`);
  const [en, pt] = match === 1 ? ["within", "dentro do"] : match > 0 ? ["close to", "próximo do"] : ["outside", "fora do"];
  return criterionMatch(match, { en: `Size '${label}' is ${en} your ${asked}`, "pt-BR": `Porte '${label}' está ${pt} seu ${asked}` }, keys);
}
