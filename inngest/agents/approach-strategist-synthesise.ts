import { z } from "zod";
import { readEvaluations } from "./approach-strategist-evaluate";
import { approachChannels, type ApproachChannel } from "./reasoning/approach-channels";
import { citedLine, groundLine, type CitedLine, type GroundedLine } from "./reasoning/cited-line";
import { defineReasoningAgent, type ReasoningContext } from "./reasoning/define-reasoning-agent";
import type { EvidenceItem } from "./reasoning/evidence";
import { cite } from "./reasoning/fallback-helpers";
import { addressee, leadPicture, type LeadPicture } from "./reasoning/lead-picture";
import { readProposals } from "./reasoning/read-proposals";

export type PlanStep = GroundedLine & { day: number; channel: ApproachChannel };
/** The stored plan: the best-evaluated strategy and its steps in day order. */
export type ApproachPlan = { strategy: string; channel: ApproachChannel; score: number; steps: PlanStep[] };

const planOutput = z.object({
  steps: z.array(citedLine.extend({ day: z.number().describe("1 = the day of first contact"), channel: z.enum(approachChannels) })).max(8),
});
type PlanOutput = z.infer<typeof planOutput>;
type RawStep = PlanOutput["steps"][number];

const MAX_STEPS = 5;
const DAYS = [1, 3, 7, 10, 14];
const channelNames: Record<ApproachChannel, { en: string; "pt-BR": string }> = {
  email: { en: "email", "pt-BR": "e-mail" },
  phone: { en: "phone", "pt-BR": "telefone" },
  linkedin: { en: "LinkedIn", "pt-BR": "LinkedIn" },
  event: { en: "an event", "pt-BR": "um evento" },
  referral: { en: "a referral", "pt-BR": "uma indicação" },
};

const parts = (...cited: ({ items: EvidenceItem[] } | undefined)[]) => cited.flatMap((c) => c?.items ?? []);

/** Day 1 on the chosen channel, opening with the why-now when there is one (and citing it). */
function opener(channel: ApproachChannel, p: LeadPicture, ctx: ReasoningContext): CitedLine {
  const { t, company } = ctx;
  const who = p.person?.text;
  const why = p.whyNow ? `"${p.whyNow.text}"` : "";
  if (channel === "email" && p.email) {
    const value = p.value ? t({ en: ` and connect it to: ${p.value.text}`, "pt-BR": ` e ligar isso a: ${p.value.text}` }) : "";
    const to = addressee(p, t);
    return cite(t({ en: `Email ${to}${why ? `, opening with ${why}` : ""}${value}`, "pt-BR": `Enviar e-mail para ${to}${why ? `, começando por ${why}` : ""}${value}` }), ...parts(p.email, p.person, p.whyNow, p.value));
  }
  if (channel === "phone" && p.phone) {
    return cite(t({ en: `Call ${p.phone.text}${who ? ` and ask for ${who}` : ""}${why ? `; open with ${why}` : ""}`, "pt-BR": `Ligar para ${p.phone.text}${who ? ` e pedir para falar com ${who}` : ""}${why ? `; começar por ${why}` : ""}` }), ...parts(p.phone, p.person, p.whyNow));
  }
  if (channel === "linkedin" && p.linkedin) {
    return cite(t({ en: `Send ${who ?? `the ${company} team`} a LinkedIn connection request${why ? ` mentioning ${why}` : ""}`, "pt-BR": `Enviar a ${who ?? `equipe da ${company}`} um convite no LinkedIn${why ? ` mencionando ${why}` : ""}` }), ...parts(p.linkedin, p.person, p.whyNow));
  }
  const via = t(channelNames[channel]);
  return cite(t({ en: `First contact through ${via}${who ? ` with ${who}` : ""}${why ? `, opening with ${why}` : ""}`, "pt-BR": `Primeiro contato por ${via}${who ? ` com ${who}` : ""}${why ? `, começando por ${why}` : ""}` }), ...parts(p.person, p.whyNow));
}

/** Later touches on the other channels the evidence gives a way to use. */
function followUps(chosen: ApproachChannel, p: LeadPicture, ctx: ReasoningContext): (RawStep | null)[] {
  const { t, company } = ctx;
  const who = p.person?.text;
  const about = (pain: string) => t({ en: ` about: ${pain}`, "pt-BR": ` sobre: ${pain}` });
  const steps: Record<"linkedin" | "email" | "phone", () => RawStep | null> = {
    linkedin: () => p.linkedin ? { channel: "linkedin", day: 0, ...cite(t({ en: `Connect with ${who ?? `the ${company} team`} on LinkedIn and refer back to the first message`, "pt-BR": `Conectar-se com ${who ?? `a equipe da ${company}`} no LinkedIn e retomar a primeira mensagem` }), ...parts(p.linkedin, p.person)) } : null,
    email: () => p.email ? { channel: "email", day: 0, ...cite(t({ en: `Follow up by email to ${p.email.text}${p.pain ? about(p.pain.text) : ""}`, "pt-BR": `Fazer follow-up por e-mail para ${p.email.text}${p.pain ? about(p.pain.text) : ""}` }), ...parts(p.email, p.pain)) } : null,
    phone: () => p.phone ? { channel: "phone", day: 0, ...cite(t({ en: `Call ${p.phone.text}${who ? ` and ask for ${who}` : ""} to follow up`, "pt-BR": `Ligar para ${p.phone.text}${who ? ` e pedir para falar com ${who}` : ""} para dar seguimento` }), ...parts(p.phone, p.person)) } : null,
  };
  return (["linkedin", "email", "phone"] as const).filter((c) => c !== chosen).map((c) => steps[c]());
}

function fallbackSteps(ctx: ReasoningContext): RawStep[] {
  const chosen = readEvaluations(ctx.input)[0];
  if (!chosen) return [];
  const p = leadPicture(ctx);
  const { t } = ctx;
  const route = chosen.channel === "email" ? p.email : chosen.channel === "phone" ? p.phone : chosen.channel === "linkedin" ? p.linkedin : undefined;
  const via = t(channelNames[chosen.channel]);
  const close = cite(
    t({ en: `Last touch by ${via}: propose a short call${p.value ? ` built around "${p.value.text}"` : ""}`, "pt-BR": `Último contato por ${via}: propor uma conversa curta${p.value ? ` em torno de "${p.value.text}"` : ""}` }),
    ...parts(route, p.value),
  );
  const steps = [{ channel: chosen.channel, day: 0, ...opener(chosen.channel, p, ctx) }, ...followUps(chosen.channel, p, ctx), { channel: chosen.channel, day: 0, ...close }];
  // Days are given after dropping the steps nothing supports, so the plan has no gaps.
  return steps.filter((s): s is RawStep => s !== null && s.factIds.length > 0).map((s, i) => ({ ...s, day: DAYS[i] ?? DAYS.at(-1)! }));
}

/**
 * Approach strategist, step 3 of 3: one plan for the best-evaluated strategy, as 3–5 ordered,
 * cited steps. With nothing evaluated there is nothing to plan, so no model is called.
 */
export const approachStrategistSynthesise = defineReasoningAgent<PlanOutput>({
  name: "approach-strategist-synthesise",
  label: "Approach strategist: synthesise",
  factKey: "approach.plan",
  role: "a B2B sales strategist who turns the best approach into a concrete sequence",
  schema: planOutput,
  skip: ({ input }) => (readEvaluations(input).length === 0 ? { en: "No evaluated strategy to plan from", "pt-BR": "Nenhuma estratégia avaliada para planejar" } : undefined),
  task({ input, evidence }) {
    const ranked = readEvaluations(input);
    const chosen = ranked[0];
    const proposal = readProposals(input).find((p) => p.name === chosen?.strategy);
    return [
      `The proposed strategies were scored (evidence ${evidence.find("approach.evaluation")?.id ?? ""}, key approach.evaluation):`,
      ...ranked.map((e) => `- "${e.strategy}" (${e.channel}): ${e.score}/10. ${e.reason}`),
      `The chosen strategy is "${chosen?.strategy}" (${chosen?.channel})${proposal?.text ? `: ${proposal.text}` : ""}`,
      "Write its plan as 3 to 5 ordered steps over about two weeks. Each step has the day (1 = first contact), the channel, and in text what to do and say.",
      "Step 1 uses the chosen channel and opens with the most timely fact (score.why_now, if there is one). Later steps may use other channels only where the evidence gives a way to reach them (an address, a number, a page). Each step cites the facts it uses.",
    ].join("\n");
  },
  ground(raw, ctx) {
    const chosen = readEvaluations(ctx.input)[0];
    const steps = raw.steps.flatMap((step) => {
      const line = groundLine(step, ctx.evidence);
      return line ? [{ day: Math.min(60, Math.max(1, Math.round(step.day))), channel: step.channel, ...line }] : [];
    });
    const kept = chosen ? steps.sort((a, b) => a.day - b.day).slice(0, MAX_STEPS) : [];
    const plan: ApproachPlan | null = chosen ? { strategy: chosen.strategy, channel: chosen.channel, score: chosen.score, steps: kept } : null;
    return { value: plan, lines: kept, dropped: raw.steps.length - steps.length };
  },
  fallback: (ctx) => ({ steps: fallbackSteps(ctx) }),
  summary: ({ value }, { t }) => {
    const plan = value as ApproachPlan;
    return t({ en: `Plan: "${plan.strategy}" in ${plan.steps.length} step${plan.steps.length === 1 ? "" : "s"}`, "pt-BR": `Plano: "${plan.strategy}" em ${plan.steps.length} passo${plan.steps.length === 1 ? "" : "s"}` });
  },
});
