import type { Localized } from "@/server/domain/settings/scoring-criteria";
import { type CriterionMatch, criterionMatch } from "./criterion-match";
import type { LeadFacts } from "./lead-facts";
import { readSignals } from "./read-signals";
import { RECENT_DAYS, rankSignals, type WeighedSignal } from "./signal-recency";

function age(signal: WeighedSignal): Localized {
  if (signal.recency === 1) return { en: "", "pt-BR": "" };
  if (!signal.date) return { en: "; undated, so it counts less", "pt-BR": "; sem data, por isso conta menos" };
  return { en: `; older than ${RECENT_DAYS} days, so it counts less`, "pt-BR": `; tem mais de ${RECENT_DAYS} dias, por isso conta menos` };
}

/**
 * Worth of the best signal now (its kind's strength × its recency): open roles, a funding round or
 * an expansion in the last 90 days count in full, a post alone for 0.4. Returns the ranked
 * signals too, so the "why now" line cites the same one.
 */
export function matchBuyingSignals(facts: LeadFacts, now: Date): CriterionMatch & { ranked: WeighedSignal[] } {
  const ranked = rankSignals(readSignals(facts), now);
  const [best] = ranked;
  if (!best) {
    const none = { en: "No hiring, funding, expansion or news found", "pt-BR": "Nenhuma contratação, investimento, expansão ou notícia encontrada" };
    return { ...criterionMatch(0, none, [], false), ranked };
  }
  const others = ranked.length - 1;
  const more = others > 0 ? { en: ` (+${others} more)`, "pt-BR": ` (+${others} outros)` } : { en: "", "pt-BR": "" };
  const when = age(best);
  const keys = [...new Set(ranked.map((signal) => signal.factKey))];
  return { ...criterionMatch(best.value, { en: `${best.text.en}${when.en}${more.en}`, "pt-BR": `${best.text["pt-BR"]}${when["pt-BR"]}${more["pt-BR"]}` }, keys), ranked };
}
