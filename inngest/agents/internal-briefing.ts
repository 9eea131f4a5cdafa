import { z } from "zod";
import type { LeadTier } from "@/db/schema/lead-values";
import { citedLine, groundLine, groundLines, type CitedLine, type GroundedLine } from "./reasoning/cited-line";
import { defineReasoningAgent, type ReasoningContext } from "./reasoning/define-reasoning-agent";
import { sizeHeadline } from "./reasoning/fact-headlines";
import { asList, asRecord, asText, factValue } from "./reasoning/fact-value";
import { cite } from "./reasoning/fallback-helpers";
import { leadPicture } from "./reasoning/lead-picture";

/** The salesperson's briefing: one line to read first, then the bullets, each citing its facts. */
export type InternalBriefing = { summary: GroundedLine; items: GroundedLine[] };

const briefingOutput = z.object({ summary: citedLine, items: z.array(citedLine).max(10) });
type BriefingOutput = z.infer<typeof briefingOutput>;

const MAX_ITEMS = 6;
const tierNames: Record<LeadTier, { en: string; "pt-BR": string }> = {
  high: { en: "high", "pt-BR": "alta" },
  medium: { en: "medium", "pt-BR": "média" },
  low: { en: "low", "pt-BR": "baixa" },
  not_qualified: { en: "not qualified", "pt-BR": "não qualificado" },
};

function fitOf({ input, t }: ReasoningContext) {
  const fit = asRecord(factValue(input, "score.fit"));
  if (typeof fit?.score !== "number") return undefined;
  const tier = tierNames[fit.tier as LeadTier];
  const strongest = asList(fit.breakdown)
    .map(asRecord)
    .flatMap((b) => (b && asText(b.label) && typeof b.points === "number" && typeof b.weight === "number" && b.points > 0 ? [{ label: String(b.label), points: b.points, weight: b.weight }] : []))
    .sort((a, b) => b.points - a.points)
    .slice(0, 2);
  return { score: fit.score, tier: tier ? t(tier) : undefined, strongest: strongest.map((b) => `${b.label} ${b.points}/${b.weight}`).join(", ") };
}

function planOf({ input }: ReasoningContext) {
  const plan = asRecord(factValue(input, "approach.plan"));
  const steps = asList(plan?.steps).map(asRecord).flatMap((s) => (s && typeof s.day === "number" && asText(s.text) ? [{ day: s.day, channel: asText(s.channel) ?? "", text: String(s.text) }] : []));
  const strategy = asText(plan?.strategy);
  return strategy ? { strategy, steps } : undefined;
}

const objectionsOf = ({ input }: ReasoningContext) =>
  asList(asRecord(factValue(input, "objection.responses"))?.items).map(asRecord).flatMap((o) => (asText(o?.objection) && asText(o?.response) ? [{ objection: String(o!.objection), response: String(o!.response) }] : []));

function summaryLine(ctx: ReasoningContext): CitedLine {
  const { t, company, evidence } = ctx;
  const fit = fitOf(ctx);
  const plan = planOf(ctx);
  const tier = fit?.tier ? ` ${fit.tier}` : "";
  const fitPart = fit ? t({ en: `:${tier} fit (${fit.score}/100)`, "pt-BR": `: aderência${tier} (${fit.score}/100)` }) : "";
  const planPart = plan ? t({ en: `; lead with "${plan.strategy}"`, "pt-BR": `; começar por "${plan.strategy}"` }) : "";
  return cite(`${company}${fitPart}${planPart}`, fit ? evidence.find("score.fit") : undefined, plan ? evidence.find("approach.plan") : undefined);
}

function fallbackBullets(ctx: ReasoningContext): CitedLine[] {
  const { t, company, evidence, input } = ctx;
  const p = leadPicture(ctx);
  const lines: CitedLine[] = [];
  const aboutKey = ["company.description", "company.industry"].find((key) => asText(factValue(input, key)));
  const size = sizeHeadline(factValue(input, "company.size"), t);
  const place = asText(asRecord(factValue(input, "company.location"))?.label);
  const details = [size, place].filter(Boolean).join("; ");
  if (aboutKey || details) {
    const about = aboutKey ? asText(factValue(input, aboutKey)) : company;
    lines.push(cite(`${about}${details ? ` (${details})` : ""}`, aboutKey ? evidence.find(aboutKey) : undefined, size ? evidence.find("company.size") : undefined, place ? evidence.find("company.location") : undefined));
  }
  const fit = fitOf(ctx);
  if (fit) {
    const carried = fit.strongest ? t({ en: `, carried by ${fit.strongest}`, "pt-BR": `, puxada por ${fit.strongest}` }) : "";
    lines.push(cite(t({ en: `Fit ${fit.score}/100${fit.tier ? ` (${fit.tier})` : ""}${carried}`, "pt-BR": `Aderência ${fit.score}/100${fit.tier ? ` (${fit.tier})` : ""}${carried}` }), evidence.find("score.fit")));
  }
  if (p.whyNow) lines.push(cite(t({ en: `Why now: ${p.whyNow.text}`, "pt-BR": `Por que agora: ${p.whyNow.text}` }), ...p.whyNow.items));
  if (p.person || p.email) {
    const reach = [p.email && t({ en: `email ${p.email.text}`, "pt-BR": `e-mail ${p.email.text}` }), p.phone && t({ en: `phone ${p.phone.text}`, "pt-BR": `telefone ${p.phone.text}` })].filter(Boolean).join(", ");
    const who = p.person?.text ?? "";
    lines.push(cite(t({ en: `Contact: ${[who, reach].filter(Boolean).join(", ")}`, "pt-BR": `Contato: ${[who, reach].filter(Boolean).join(", ")}` }), ...(p.person?.items ?? []), ...(p.email?.items ?? []), ...(p.phone?.items ?? [])));
  }
  const plan = planOf(ctx);
  if (plan) {
    const days = plan.steps.map((s) => s.day).join(", ");
    lines.push(cite(t({ en: `Plan: "${plan.strategy}" in ${plan.steps.length} steps (days ${days})`, "pt-BR": `Plano: "${plan.strategy}" em ${plan.steps.length} passos (dias ${days})` }), evidence.find("approach.plan")));
  }
  const risk = objectionsOf(ctx)[0];
  if (risk) lines.push(cite(t({ en: `Main risk: "${risk.objection}". Answer: ${risk.response}`, "pt-BR": `Principal risco: "${risk.objection}". Resposta: ${risk.response}` }), evidence.find("objection.responses")));
  else if (p.noMx) lines.push(cite(t({ en: `Main risk: no MX records for ${input.lead.domain}, so email may bounce; confirm the address first`, "pt-BR": `Principal risco: ${input.lead.domain} não tem registros MX, então o e-mail pode voltar; confirme o endereço antes` }), p.noMx));
  return lines;
}

/**
 * The internal briefing the salesperson reads before reaching out: who they are, the fit and
 * why, why now, whom to contact, the plan and the main risk, every bullet citing its facts.
 */
export const internalBriefing = defineReasoningAgent<BriefingOutput>({
  name: "internal-briefing",
  label: "Internal briefing",
  factKey: "briefing.internal",
  role: "a sales team lead briefing a colleague before first contact",
  schema: briefingOutput,
  task(ctx) {
    const plan = planOf(ctx);
    const objections = objectionsOf(ctx);
    const id = (key: string) => ctx.evidence.find(key)?.id ?? "";
    return [
      "Write an internal briefing for the salesperson: a one-line summary, then 4 to 6 short bullets covering, in order, who they are, the fit score and why, why now, who to contact, the plan, and the main risk.",
      ...(plan ? [`The approach plan (evidence ${id("approach.plan")}): "${plan.strategy}"; ${plan.steps.map((s) => `day ${s.day} (${s.channel}): ${s.text}`).join("; ")}`] : []),
      ...(objections.length ? [`Likely objections (evidence ${id("objection.responses")}): ${objections.map((o) => `"${o.objection}" (answer: ${o.response})`).join("; ")}`] : []),
      "Skip a bullet the evidence cannot support. The summary and every bullet cite, in factIds, the facts they rest on.",
    ].join("\n");
  },
  ground(raw, ctx) {
    const { lines, dropped } = groundLines(raw.items, ctx.evidence);
    const items = lines.slice(0, MAX_ITEMS);
    // A summary that cites nothing is replaced by one built from the facts, never shown as written.
    const summary = groundLine(raw.summary, ctx.evidence) ?? groundLine(summaryLine(ctx), ctx.evidence) ?? { text: ctx.company, cites: [] };
    const briefing: InternalBriefing = { summary, items };
    return { value: briefing, lines: items, dropped };
  },
  fallback: (ctx) => ({ summary: summaryLine(ctx), items: fallbackBullets(ctx) }),
  summary: ({ lines }, { t }) => t({ en: `Briefing ready: ${lines.length} point${lines.length === 1 ? "" : "s"}`, "pt-BR": `Briefing pronto: ${lines.length} ponto${lines.length === 1 ? "" : "s"}` }),
});
