import type { BusinessContextInput } from "@/server/api/schemas/business-context";
import { type CriterionMatch, criterionMatch, outsideFocus } from "./criterion-match";
import { findTerm } from "./fold-text";
import { industryConcepts } from "./industry-concepts";
import type { LeadFacts } from "./lead-facts";
import { conceptsIn, industrySources, type IndustrySource } from "./read-industry-sources";

const PARTIAL = 0.7;
const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
const conceptsOf = (entry: string) => industryConcepts.filter((concept) => concept.terms.some((term) => findTerm(entry, term))).map((c) => c.id);
const labelOf = (id: string) => industryConcepts.find((concept) => concept.id === id)?.label;

type Hit = { match: number; entry: string; quote: string; source: IndustrySource; partial: boolean };

/** The best way one source meets one ICP entry: the same sectors (all of them, or some), or the entry's own words. */
function meet(entry: string, source: IndustrySource): Hit | null {
  const wanted = conceptsOf(entry);
  if (wanted.length === 0) {
    const quote = findTerm(source.text, entry);
    return quote ? { match: source.weight, entry, quote, source, partial: false } : null;
  }
  const found = conceptsIn(source).filter((hit) => wanted.includes(hit.concept) && (!hit.served || wanted.includes("software")));
  if (found.length === 0) return null;
  const partial = found.length < wanted.length;
  return { match: (partial ? PARTIAL : 1) * source.weight, entry, quote: found.map((hit) => hit.quote).join(", "), source, partial };
}

/** The lead's sector (declared, named or described) against the ICP's industry focus. */
export function matchIndustry(facts: LeadFacts, context: BusinessContextInput): CriterionMatch {
  const sources = industrySources(facts);
  const keys = sources.map((source) => source.factKey);
  if (context.industryFocus.length === 0) {
    return criterionMatch(0, { en: "Your ICP names no focus industries", "pt-BR": "Seu ICP não define setores de foco" }, keys, false);
  }
  if (sources.length === 0) {
    return criterionMatch(0, { en: "No industry, name or description found", "pt-BR": "Nenhum setor, nome ou descrição encontrado" }, [], false);
  }
  const hits = context.industryFocus.flatMap((entry) => sources.map((source) => meet(entry, source))).filter((hit) => hit !== null);
  const best = hits.reduce<Hit | null>((top, hit) => (!top || hit.match > top.match ? hit : top), null);
  if (best) {
    const en = best.partial ? "partly matches" : "matches";
    const pt = best.partial ? "corresponde em parte ao" : "corresponde ao";
    const said = best.source.factKey === "company.description"
      ? { en: `Description mentions '${best.quote}', which ${en} your focus '${best.entry}'`, "pt-BR": `A descrição menciona '${best.quote}', que ${pt} seu foco '${best.entry}'` }
      : { en: `${best.source.label.en} '${clip(best.source.text)}' ${en} your focus '${best.entry}'`, "pt-BR": `${best.source.label["pt-BR"]} '${clip(best.source.text)}' ${pt} seu foco '${best.entry}'` };
    return criterionMatch(best.match, said, [best.source.factKey]);
  }
  const found = sources.flatMap(conceptsIn);
  const own = [...new Set(found.filter((hit) => !hit.served).map((hit) => hit.concept))].map(labelOf).filter((label) => label !== undefined);
  const served = [...new Set(found.filter((hit) => hit.served).map((hit) => hit.concept))].map(labelOf).filter((label) => label !== undefined);
  const focus = context.industryFocus.join(", ");
  if (own.length > 0) {
    const serving = served.length > 0 ? { en: ` (serving ${served.map((l) => l.en).join(", ")})`, "pt-BR": ` (para ${served.map((l) => l["pt-BR"]).join(", ")})` } : { en: "", "pt-BR": "" };
    return outsideFocus({
      en: `Works in ${own.map((l) => l.en).join(", ")}${serving.en}, not in your focus (${focus})`,
      "pt-BR": `Atua em ${own.map((l) => l["pt-BR"]).join(", ")}${serving["pt-BR"]}, fora do seu foco (${focus})`,
    }, keys);
  }
  const first = sources[0]!;
  return criterionMatch(0, {
    en: `${first.label.en} '${clip(first.text)}' does not name any of your focus industries (${focus})`,
    "pt-BR": `${first.label["pt-BR"]} '${clip(first.text)}' não cita nenhum dos seus setores de foco (${focus})`,
  }, keys);
}
