import { z } from "zod";
import { citedLine, citesLead, groundLine, groundLines, type GroundedLine } from "./reasoning/cited-line";
import { defineReasoningAgent, type ReasoningContext } from "./reasoning/define-reasoning-agent";
import { cite } from "./reasoning/fallback-helpers";

const outreachOutput = z.object({
  subject: citedLine,
  lines: z.array(citedLine).max(8),
});
type OutreachOutput = z.infer<typeof outreachOutput>;

/** The stored email: the copy the user sends, and which fact each personal line cites. */
export type OutreachEmail = {
  subject: string;
  body: string;
  greeting: string;
  lines: GroundedLine[];
  citations: { text: string; factKey: string }[];
};

/** The first named person found, if any: greeting someone by name is only done when the site names them. */
function firstName(ctx: ReasoningContext): string | null {
  const people = ctx.input.facts.find((fact) => fact.key === "contact.people")?.value;
  const first = Array.isArray(people) ? (people[0] as { name?: string } | undefined) : undefined;
  return first?.name?.split(/\s+/)[0] ?? null;
}

function compose(subject: string, lines: GroundedLine[], ctx: ReasoningContext): OutreachEmail {
  const name = firstName(ctx);
  const greeting = name ? ctx.t({ en: `Hi ${name},`, "pt-BR": `Olá, ${name},` }) : ctx.t({ en: `Hello ${ctx.company} team,`, "pt-BR": `Olá, equipe ${ctx.company},` });
  const ask = ctx.t({ en: "Would a 20-minute call next week be useful?", "pt-BR": "Uma conversa de 20 minutos na próxima semana seria útil?" });
  const signOff = ctx.t({ en: "Best regards,", "pt-BR": "Atenciosamente," });
  const body = [greeting, ...lines.map((line) => line.text), ask, signOff].join("\n\n");
  const citations = lines.filter(citesLead).map((line) => ({ text: line.text, factKey: line.cites.find((c) => !c.key.startsWith("offer."))!.key }));
  return { subject, body, greeting, lines, citations };
}

/**
 * The ready-to-send email. The model writes the subject and the body's lines, each citing its
 * evidence; greeting, ask and sign-off are ours. A line that cites nothing is dropped, and a
 * subject that cites nothing is replaced by a plain one that claims nothing.
 */
export const outreachWriter = defineReasoningAgent<OutreachOutput>({
  name: "outreach-writer",
  label: "Outreach writer",
  factKey: "outreach.email",
  role: "an SDR writing a short, specific first email",
  schema: outreachOutput,
  task: () =>
    [
      "Write a first cold email to this prospect: a subject (under 70 characters) and 2 to 4 short body lines.",
      "Open with the most recent, specific fact (a why-now signal if there is one), then connect one likely pain point to our offer.",
      "Do not write a greeting, a call to action or a sign-off: we add those. Each line cites its evidence ids; no claim without a fact.",
    ].join(" "),
  ground(raw, ctx) {
    const { lines, dropped } = groundLines(raw.lines, ctx.evidence);
    const subject = groundLine(raw.subject, ctx.evidence)?.text ?? ctx.t({ en: `A question for ${ctx.company}`, "pt-BR": `Uma pergunta para a ${ctx.company}` });
    const email = compose(subject, lines, ctx);
    return { value: email, lines, dropped };
  },
  fallback(ctx) {
    const { evidence, t } = ctx;
    const whyNow = evidence.find("score.why_now");
    const pain = ctx.input.facts.find((fact) => fact.key === "pain.points")?.value as { items?: { text: string }[] } | undefined;
    const painItem = evidence.find("pain.points");
    const product = evidence.find("offer.product");
    const value = evidence.find("offer.value_proposition");
    const industry = evidence.find("company.industry");
    const lines = [];
    if (whyNow) lines.push(cite(t({ en: `I noticed ${lowerFirst(whyNow.text)}.`, "pt-BR": `Vi que ${lowerFirst(whyNow.text)}.` }), whyNow));
    else if (industry) lines.push(cite(t({ en: `I came across ${ctx.company} while looking at ${industry.text} companies.`, "pt-BR": `Conheci a ${ctx.company} pesquisando empresas de ${industry.text}.` }), industry));
    const firstPain = pain?.items?.[0]?.text;
    if (firstPain && painItem) lines.push(cite(t({ en: `Teams in that position often tell us about this: ${lowerFirst(firstPain)}.`, "pt-BR": `Equipes nessa situação costumam nos falar disto: ${lowerFirst(firstPain)}.` }), painItem));
    if (product) lines.push(cite(`${product.text}${value ? ` ${value.text}` : ""}`, product, value));
    const subject = whyNow
      ? cite(t({ en: `${ctx.company}: ${truncate(whyNow.text, 50)}`, "pt-BR": `${ctx.company}: ${truncate(whyNow.text, 50)}` }), whyNow)
      : cite(t({ en: `An idea for ${ctx.company}`, "pt-BR": `Uma ideia para a ${ctx.company}` }), industry ?? product);
    return { subject, lines };
  },
  summary: (grounded, ctx) => {
    const email = grounded.value as OutreachEmail;
    return ctx.t({ en: `Email ready: "${email.subject}" (${email.citations.length} cited lines)`, "pt-BR": `E-mail pronto: "${email.subject}" (${email.citations.length} linhas com fonte)` });
  },
});

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
