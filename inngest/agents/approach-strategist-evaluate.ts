import { z } from "zod";
import type { AgentInput } from "./agent";
import { approachChannels, type ApproachChannel } from "./reasoning/approach-channels";
import { citedLine, groundLine, type Citation } from "./reasoning/cited-line";
import { defineReasoningAgent, type ReasoningContext } from "./reasoning/define-reasoning-agent";
import type { EvidenceItem } from "./reasoning/evidence";
import { asList, asRecord, asText, factValue } from "./reasoning/fact-value";
import { cite } from "./reasoning/fallback-helpers";
import { foldName } from "./reasoning/fold";
import { leadPicture, type LeadPicture } from "./reasoning/lead-picture";
import { readProposals } from "./reasoning/read-proposals";

/** One proposal's score (1–10) and its cited reason; stored best first. */
export type ApproachEvaluation = { strategy: string; channel: ApproachChannel; score: number; reason: string; cites: Citation[] };

const evaluationOutput = z.object({
  items: z.array(citedLine.extend({ strategy: z.string().min(1).max(120), score: z.number().describe("1 (poor) to 10 (excellent)") })).max(8),
});
type EvaluationOutput = z.infer<typeof evaluationOutput>;

const clampScore = (score: number) => Math.min(10, Math.max(1, Math.round(score)));

/** The stored evaluations, best first, for the step that plans from them. */
export function readEvaluations(input: AgentInput): Omit<ApproachEvaluation, "cites">[] {
  const items = asList(asRecord(factValue(input, "approach.evaluation"))?.items).flatMap((raw) => {
    const item = asRecord(raw);
    const strategy = asText(item?.strategy);
    const channel = approachChannels.find((c) => c === item?.channel);
    return strategy && channel && typeof item?.score === "number" ? [{ strategy, channel, score: item.score, reason: asText(item.reason) ?? "" }] : [];
  });
  return items.sort((a, b) => b.score - a.score);
}

type Part = { points: number; en: string; pt: string; items?: (EvidenceItem | undefined)[] };

/** Can the channel reach them at all: an address, a number, a page. */
function reach(channel: ApproachChannel, p: LeadPicture): Part {
  const { email, phone, linkedin } = p;
  if (channel === "email") {
    if (!email) return { points: 0, en: "no email address found", pt: "nenhum e-mail encontrado" };
    if (email.owner === "person") return { points: 5, en: `personal address ${email.text}`, pt: `endereço pessoal ${email.text}`, items: email.items };
    if (email.owner === "team") return { points: 2, en: `only a team inbox (${email.text})`, pt: `apenas uma caixa compartilhada (${email.text})`, items: email.items };
    return { points: 3, en: `address ${email.text}`, pt: `endereço ${email.text}`, items: email.items };
  }
  if (channel === "phone") return phone ? { points: 3, en: `phone ${phone.text} listed`, pt: `telefone ${phone.text} publicado`, items: phone.items } : { points: 0, en: "no phone number found", pt: "nenhum telefone encontrado" };
  if (channel === "linkedin") return linkedin ? { points: 3, en: "company LinkedIn page found", pt: "página da empresa no LinkedIn encontrada", items: linkedin.items } : { points: 0, en: "no LinkedIn page found", pt: "nenhuma página no LinkedIn encontrada" };
  return { points: 1, en: "no event or mutual contact in the evidence", pt: "nenhum evento ou contato em comum nas evidências" };
}

/** A deterministic score from the facts: reachability, who to ask for, and timing; each part said and cited. */
function scoreFor(channel: ApproachChannel, p: LeadPicture): { score: number; parts: Part[] } {
  const { person, whyNow, noMx } = p;
  const parts: Part[] = [reach(channel, p)];
  if (channel === "email" && p.email && noMx) parts.push({ points: -1, en: "no MX records for the domain, so mail may bounce", pt: "o domínio não tem registros MX, então o e-mail pode voltar", items: [noMx] });
  if (person?.name) parts.push({ points: 2, en: `${person.text} is named`, pt: `contato identificado: ${person.text}`, items: person.items });
  else if (person) parts.push({ points: 1, en: `the decision maker's role is known (${person.text})`, pt: `cargo do decisor conhecido (${person.text})`, items: person.items });
  else parts.push({ points: 0, en: "no named contact", pt: "nenhum contato nomeado" });
  parts.push(whyNow ? { points: 2, en: `timely: ${whyNow.text}`, pt: `momento oportuno: ${whyNow.text}`, items: whyNow.items } : { points: 0, en: "no recent trigger", pt: "nenhum gatilho recente" });
  return { score: clampScore(1 + parts.reduce((sum, part) => sum + part.points, 0)), parts };
}

function fallbackEvaluations(ctx: ReasoningContext): EvaluationOutput["items"] {
  const picture = leadPicture(ctx);
  const proposals = ctx.evidence.find("approach.proposals");
  return readProposals(ctx.input).map((proposal) => {
    const { score, parts } = scoreFor(proposal.channel, picture);
    const reason = parts.map((part) => ctx.t({ en: part.en, "pt-BR": part.pt })).join("; ");
    const items = parts.flatMap((part) => part.items ?? []);
    // A reason that rests on no found fact (nothing reaches them) still rests on the proposal it judges.
    return { strategy: proposal.name, score, ...cite(reason.charAt(0).toUpperCase() + reason.slice(1), ...(items.some(Boolean) ? items : [proposals])) };
  });
}

/**
 * Approach strategist, step 2 of 3: scores each stored proposal 1–10 with a cited reason. With
 * no proposals there is nothing to judge, so no model is called.
 */
export const approachStrategistEvaluate = defineReasoningAgent<EvaluationOutput>({
  name: "approach-strategist-evaluate",
  label: "Approach strategist: evaluate",
  factKey: "approach.evaluation",
  role: "a B2B sales strategist who judges which approach will work for a prospect",
  schema: evaluationOutput,
  skip: ({ input }) => (readProposals(input).length === 0 ? { en: "No approach proposals to evaluate", "pt-BR": "Nenhuma proposta de abordagem para avaliar" } : undefined),
  task: ({ input, evidence }) =>
    [
      `Evaluate each proposed approach strategy below (evidence ${evidence.find("approach.proposals")?.id ?? ""}, key approach.proposals):`,
      ...readProposals(input).map((p) => `- "${p.name}" (${p.channel}): ${p.text}`),
      "Score each from 1 (poor) to 10 (excellent) for this prospect: can the channel actually reach them (an address, a number, a page, a named person), is the timing right (a recent signal), does the angle rest on a real pain point.",
      "Put the proposal's exact name in strategy and one sentence of reason in text, citing the facts it rests on. Evaluate only these proposals.",
    ].join("\n"),
  ground(raw, ctx) {
    const proposals = readProposals(ctx.input);
    const kept: ApproachEvaluation[] = [];
    for (const item of raw.items) {
      // An evaluation of a strategy nobody proposed is not a judgement of this lead's options.
      const proposal = proposals.find((p) => foldName(p.name) === foldName(item.strategy));
      const line = groundLine(item, ctx.evidence);
      if (proposal && line && !kept.some((k) => k.strategy === proposal.name)) kept.push({ strategy: proposal.name, channel: proposal.channel, score: clampScore(item.score), reason: line.text, cites: line.cites });
    }
    const items = kept.sort((a, b) => b.score - a.score);
    return { value: { items }, lines: items.map((e) => ({ text: e.reason, cites: e.cites })), dropped: raw.items.length - items.length };
  },
  fallback: (ctx) => ({ items: fallbackEvaluations(ctx) }),
  summary: ({ value }, { t }) => {
    const items = (value as { items: ApproachEvaluation[] }).items;
    const best = items[0]!;
    return t({ en: `${items.length} strateg${items.length === 1 ? "y" : "ies"} scored; best: "${best.strategy}" (${best.score}/10)`, "pt-BR": `${items.length} estratégia${items.length === 1 ? "" : "s"} avaliada${items.length === 1 ? "" : "s"}; melhor: "${best.strategy}" (${best.score}/10)` });
  },
});
