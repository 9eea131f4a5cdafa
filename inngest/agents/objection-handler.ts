import { z } from "zod";
import { groundLine, type CitedLine, type Citation } from "./reasoning/cited-line";
import { defineReasoningAgent, type ReasoningContext } from "./reasoning/define-reasoning-agent";
import { hiringHeadline, sizeHeadline } from "./reasoning/fact-headlines";
import { asList, asRecord, asText, factValue } from "./reasoning/fact-value";
import { cite } from "./reasoning/fallback-helpers";
import { foldName } from "./reasoning/fold";
import { leadPicture } from "./reasoning/lead-picture";

/** A likely objection and how to answer it, citing what both rest on. */
export type ObjectionResponse = { objection: string; response: string; cites: Citation[] };

const objectionOutput = z.object({
  items: z.array(z.object({ objection: z.string().min(1).max(300), response: z.string().min(1).max(600), factIds: z.array(z.string()).max(12) })).max(8),
});
type ObjectionOutput = z.infer<typeof objectionOutput>;

const MAX_ITEMS = 4;

function compact(amount: unknown, language: string): string | undefined {
  return typeof amount === "number" && amount > 0 ? new Intl.NumberFormat(language, { notation: "compact" }).format(amount) : undefined;
}

function fundingHeadline(value: unknown, language: string): string | undefined {
  const round = asRecord(asList(value)[0]);
  const amount = compact(round?.amount, language);
  const name = asText(round?.round);
  return name ? [name, amount && [asText(round?.currency), amount].filter(Boolean).join(" ")].filter(Boolean).join(", ") : undefined;
}

/** A tool on their site that is one of the competitors the workspace names: the incumbent to answer. */
function incumbentTool(ctx: ReasoningContext): string | undefined {
  const tools = asList(factValue(ctx.input, "tech.stack")).flatMap((tool) => asText(asRecord(tool)?.name) ?? asText(tool) ?? []);
  const rivals = ctx.workspace.context.competitors.map(foldName).filter((name) => name.length > 2);
  return tools.find((tool) => rivals.some((rival) => foldName(tool).includes(rival) || rival.includes(foldName(tool))));
}

/** The scorer's size criterion, when it found the headcount outside the workspace's ideal customer. */
function sizeMismatch(ctx: ReasoningContext): boolean {
  const breakdown = asList(asRecord(factValue(ctx.input, "score.fit"))?.breakdown).map(asRecord);
  const size = breakdown.find((item) => item?.criterion === "company_size_fit");
  return typeof size?.match === "number" && typeof size.weight === "number" && size.weight > 0 && size.match < 0.5;
}

function fallbackObjections(ctx: ReasoningContext): ObjectionOutput["items"] {
  const { evidence, input, t, workspace } = ctx;
  const { whyNow, value } = leadPicture(ctx);
  const advantage = evidence.find("offer.advantage");
  const item = (objection: { en: string; "pt-BR": string }, line: CitedLine) => ({ objection: t(objection), response: line.text, factIds: line.factIds });
  const items: ObjectionOutput["items"] = [];
  const incumbent = incumbentTool(ctx);
  if (incumbent && advantage) {
    items.push(item({ en: `We already use ${incumbent}`, "pt-BR": `Já usamos o ${incumbent}` }, cite(t({ en: `Don't attack ${incumbent}; contrast on what sets us apart: ${advantage.text}`, "pt-BR": `Não critique o ${incumbent}; mostre o diferencial: ${advantage.text}` }), evidence.find("tech.stack"), evidence.find("offer.competitors"), advantage)));
  }
  const size = sizeHeadline(factValue(input, "company.size"), t);
  if (size && advantage && sizeMismatch(ctx)) {
    items.push(item({ en: `We're ${size}; this isn't built for a company like ours`, "pt-BR": `Somos ${size}; isso não foi feito para uma empresa como a nossa` }, cite(t({ en: `Acknowledge the difference and show what adapts to them: ${advantage.text}`, "pt-BR": `Reconheça a diferença e mostre o que se adapta a eles: ${advantage.text}` }), evidence.find("company.size"), evidence.find("score.fit"), advantage)));
  }
  if (whyNow) {
    const extra = value ? `; ${value.text}` : "";
    items.push(item({ en: "Now is not a good time", "pt-BR": "Agora não é um bom momento" }, cite(t({ en: `Tie it to what is happening now: ${whyNow.text}${extra}`, "pt-BR": `Ligue ao momento atual: ${whyNow.text}${extra}` }), ...whyNow.items, ...(value?.items ?? []))));
  }
  const funding = fundingHeadline(factValue(input, "signal.funding"), workspace.language);
  // Budget is everyone's objection: only worth a line when something about this lead answers it.
  if (value && (funding || value.items.some((v) => v.about === "lead"))) {
    const raised = funding ? t({ en: `; they raised ${funding}`, "pt-BR": `; eles captaram ${funding}` }) : "";
    items.push(item({ en: "We have no budget for this", "pt-BR": "Não temos orçamento para isso" }, cite(t({ en: `Answer with numbers: ${value.text}${raised}`, "pt-BR": `Responda com números: ${value.text}${raised}` }), ...value.items, funding ? evidence.find("signal.funding") : undefined)));
  }
  const hiring = hiringHeadline(factValue(input, "signal.hiring"), t);
  if (hiring && advantage) {
    items.push(item({ en: "Our team has no time to learn a new system", "pt-BR": "Nossa equipe não tem tempo para aprender um sistema novo" }, cite(t({ en: `They are ${hiring}: acknowledge the load and stress: ${advantage.text}`, "pt-BR": `Estão ${hiring}: reconheça a carga e destaque: ${advantage.text}` }), evidence.find("signal.hiring"), advantage)));
  }
  return items.slice(0, MAX_ITEMS);
}

/**
 * The objections this prospect is likely to raise (an incumbent tool, their size, timing,
 * budget, a stretched team) and how to answer each, from what was found and what our offer says.
 */
export const objectionHandler = defineReasoningAgent<ObjectionOutput>({
  name: "objection-handler",
  label: "Objection handler",
  factKey: "objection.responses",
  role: "a sales coach who prepares a salesperson for a prospect's objections",
  schema: objectionOutput,
  task: () =>
    [
      "List the 2 to 4 objections this prospect is most likely to raise, each with the response the salesperson should give.",
      "Ground them in what was found (the tools in their stack, especially any competitor of ours; their size; their timing; their team) and answer with what our offer says (our advantage, value proposition, product).",
      "Each item cites, in factIds, the facts the objection and its response rest on.",
    ].join(" "),
  ground(raw, ctx) {
    const kept = raw.items.flatMap((item) => {
      const line = groundLine({ text: item.response, factIds: item.factIds }, ctx.evidence);
      const objection = item.objection.trim();
      return line && objection ? [{ objection, response: line.text, cites: line.cites }] : [];
    });
    const items: ObjectionResponse[] = kept.slice(0, MAX_ITEMS);
    return { value: { items }, lines: items.map((o) => ({ text: o.response, cites: o.cites })), dropped: raw.items.length - kept.length };
  },
  fallback: (ctx) => ({ items: fallbackObjections(ctx) }),
  summary: ({ lines }, { t }) => {
    const n = lines.length;
    return t({ en: `${n} likely objection${n === 1 ? "" : "s"} with responses`, "pt-BR": `${n} objeç${n === 1 ? "ão provável" : "ões prováveis"} com respostas` });
  },
});
