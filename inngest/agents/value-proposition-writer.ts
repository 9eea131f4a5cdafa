import type { CitedLine } from "./reasoning/cited-line";
import { defineListAgent } from "./reasoning/define-list-agent";
import type { ReasoningContext } from "./reasoning/define-reasoning-agent";
import type { EvidenceItem } from "./reasoning/evidence";
import { factValue } from "./reasoning/fact-value";
import { cite, truncate } from "./reasoning/fallback-helpers";
import { likelyPain } from "./reasoning/likely-pain";
import { optionsTheyWeigh } from "./reasoning/options-they-weigh";

const MAX_ITEMS = 3;

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

function painLine(ctx: ReasoningContext, promise: EvidenceItem): CitedLine | undefined {
  const { evidence, t } = ctx;
  const pain = likelyPain(ctx);
  if (pain) {
    const fromAnalysis = pain.support.key === "pain.points";
    const why = fromAnalysis
      ? t({ en: "the pain-point analysis points to it", "pt-BR": "a análise de dores aponta para isso" })
      : t({ en: `what we found points to it (${truncate(pain.support.text, 100)})`, "pt-BR": `o que encontramos aponta para isso (${truncate(pain.support.text, 100)})` });
    const analysis = evidence.find("pain.points");
    const alsoNamed = !fromAnalysis && analysis?.text.toLowerCase().includes(pain.item.text.toLowerCase()) ? analysis : undefined;
    return cite(t({ en: `"${pain.item.text}" is what we solve, and ${why}: ${promise.text}`, "pt-BR": `"${pain.item.text}" é o que resolvemos, e ${why}: ${promise.text}` }), pain.item, pain.support, alsoNamed, promise);
  }
  // A model-written pain line that quotes none of ours: cite it as it is.
  const analysis = evidence.find("pain.points");
  const first = (factValue(ctx.input, "pain.points") as { items?: { text?: string }[] } | undefined)?.items?.[0]?.text;
  return analysis && first ? cite(t({ en: `For their likely pain point (${truncate(first, 140)}): ${promise.text}`, "pt-BR": `Para a dor provável deles (${truncate(first, 140)}): ${promise.text}` }), analysis, promise) : undefined;
}

function fallbackItems(ctx: ReasoningContext): CitedLine[] {
  const { evidence, t, company } = ctx;
  const product = evidence.find("offer.product");
  const promise = evidence.find("offer.value_proposition") ?? product;
  const lines: CitedLine[] = [];
  const pain = promise && painLine(ctx, promise);
  if (pain) lines.push(pain);

  const growth = evidence.find("signal.expansion") ?? evidence.find("signal.funding") ?? evidence.find("signal.hiring");
  if (growth && product) lines.push(cite(t({ en: `The timing fits their growth (${truncate(growth.text, 140)}): ${product.text}`, "pt-BR": `O momento combina com o crescimento deles (${truncate(growth.text, 140)}): ${product.text}` }), growth, product));

  // Whether they fit is the scorer's call: cited when it has made it, otherwise the facts only sit side by side.
  const ideal = evidence.find("offer.ideal_customer");
  const fit = evidence.find("score.fit");
  if (ideal && fit) lines.push(cite(t({ en: `Against our ideal customer (${lowerFirst(ideal.text)}), ${company} scores ${fit.text}`, "pt-BR": `Em relação ao nosso cliente ideal (${ideal.text}), a ${company} tem ${fit.text}` }), ideal, fit));

  const advantage = evidence.find("offer.advantage");
  const map = evidence.find("competitor.map");
  const rivals = optionsTheyWeigh(ctx.input);
  if (advantage && map && rivals.length) lines.push(cite(t({ en: `Against the options they may weigh (${rivals.join(", ")}): ${advantage.text}`, "pt-BR": `Frente às opções que podem avaliar (${rivals.join(", ")}): ${advantage.text}` }), map, advantage));

  const profile = [evidence.find("company.industry") ?? evidence.find("company.description"), evidence.find("company.size")].filter((item) => item !== undefined);
  if (ideal && !fit && profile.length) {
    const facts = profile.map((item) => truncate(item.text, 100)).join("; ");
    lines.push(cite(t({ en: `Our focus is ${lowerFirst(ideal.text)}; what we know of ${company}: ${facts}`, "pt-BR": `Nosso foco: ${ideal.text}; o que sabemos da ${company}: ${facts}` }), ideal, ...profile));
  }
  return lines.slice(0, MAX_ITEMS);
}

/**
 * Why our offer matters to this prospect, in 2–3 lines. Each line ties an offer item to a fact
 * about the lead: a line resting only on our own offer is a generic pitch, and is dropped.
 */
export const valuePropositionWriter = defineListAgent({
  name: "value-proposition-writer",
  label: "Value-proposition writer",
  factKey: "value.proposition",
  role: "a B2B sales strategist who tailors the pitch to one prospect",
  maxItems: MAX_ITEMS,
  requireLead: true,
  task: () =>
    "Write 2 to 3 value-proposition lines for this prospect. Each line ties one element of our offer (O ids) to something specific about them (F ids: a likely pain point, a growth signal, their size or industry) and cites both. A line that cites only our offer is discarded.",
  fallback: fallbackItems,
  summary: (n, { t }) => t({ en: `${n} value-proposition line${n === 1 ? "" : "s"} for this prospect`, "pt-BR": `${n} linha${n === 1 ? "" : "s"} de proposta de valor para este prospect` }),
});
