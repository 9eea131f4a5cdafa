import type { LeadTier } from "@/db/schema/lead-values";
import type { Localized } from "@/server/domain/settings/scoring-criteria";
import type { Agent, Fact } from "./agent";
import { defaultWorkspace } from "./reasoning/workspace-defaults";
import { LeadFacts } from "./scoring/lead-facts";
import { whyNowFact } from "./scoring/pick-why-now";
import { type FitBreakdownItem, scoreLead } from "./scoring/score-lead";

const tierNames: Record<LeadTier, Localized> = {
  high: { en: "high", "pt-BR": "alta" },
  medium: { en: "medium", "pt-BR": "média" },
  low: { en: "low", "pt-BR": "baixa" },
  not_qualified: { en: "not qualified", "pt-BR": "não qualificado" },
};
const shortNames: Record<FitBreakdownItem["criterion"], Localized> = {
  industry_fit: { en: "industry", "pt-BR": "setor" },
  geography_fit: { en: "geography", "pt-BR": "geografia" },
  company_size_fit: { en: "size", "pt-BR": "porte" },
  buying_signals: { en: "signals", "pt-BR": "sinais" },
  tech_fit: { en: "tech", "pt-BR": "tecnologia" },
  reachability: { en: "reachability", "pt-BR": "contato" },
};
// A criterion "carries" the score in the message when it is mostly met.
const STRONG_MATCH = 0.7;

/**
 * Scores the lead 0–100 against the workspace's ICP: for each scoring criterion, how well the
 * facts found meet it (0..1, with the evidence in words) times the workspace's weight. Also
 * names the strongest recent buying signal as the lead's "why now". Never fails: missing facts
 * and a missing ICP are partial or no credit, and say so.
 */
export function createIcpFitScorer({ now = () => new Date() }: { now?: () => Date } = {}): Agent {
  return {
    name: "icp-fit-scorer",
    label: "ICP fit scorer",
    kind: "deterministic",
    async run({ lead, facts: known, workspace = defaultWorkspace }) {
      const facts = new LeadFacts(known);
      const domain = facts.text("domain.normalized") ?? lead.domain;
      const { fit, evidenceShare, signals, outsideMarket } = scoreLead(facts, domain, workspace, now());
      const language = workspace.language;
      const whyNow = whyNowFact(signals, language);
      const confidence = Math.round((0.3 + 0.6 * evidenceShare) * 100) / 100;
      const output: Fact[] = [{ key: "score.fit", value: fit, method: "parsed", sourceUrl: null, confidence }];
      if (whyNow) output.push(whyNow);

      const strong = fit.breakdown.filter((item) => item.weight > 0 && item.match >= STRONG_MATCH).sort((a, b) => b.points - a.points);
      const carried = strong.length > 0
        ? strong.map((item) => shortNames[item.criterion][language]).join(", ")
        : language === "pt-BR" ? "nenhum critério atendido" : "no criterion met";
      const outside = outsideMarket ? `; ${outsideMarket[language]}` : "";
      const head = `${language === "pt-BR" ? "Aderência" : "Fit"} ${fit.score}/100 (${tierNames[fit.tier][language]}): ${carried}${outside}`;
      const noSignal = language === "pt-BR" ? "; nenhum sinal de compra recente" : "; no recent buying signal";
      return { facts: output, message: whyNow ? head : `${head}${noSignal}`, lead: { score: fit.score, tier: fit.tier } };
    },
  };
}

export const icpFitScorer: Agent = createIcpFitScorer();
