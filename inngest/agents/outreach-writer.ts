import { z } from "zod";
import { citedLine, citesLead, groundLine, groundLines, type GroundedLine } from "./reasoning/cited-line";
import { defineReasoningAgent, type ReasoningContext } from "./reasoning/define-reasoning-agent";
import { factValue } from "./reasoning/fact-value";
import { cite, clip } from "./reasoning/fallback-helpers";

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

/**
 * Whom to greet: the decision maker the persona builder chose, else the first person the site
 * names; nobody when the site names no one (the team is greeted instead, never a guessed name).
 */
function firstName(ctx: ReasoningContext): string | null {
  const persona = factValue(ctx.input, "persona.decision_maker") as { person?: { name?: string | null } | null } | undefined;
  const people = factValue(ctx.input, "contact.people");
  const named = persona?.person?.name ?? (Array.isArray(people) ? (people[0] as { name?: string } | undefined)?.name : undefined);
  return named?.split(/\s+/)[0] ?? null;
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
    const painItem = evidence.find("pain.points");
    const pain = evidence.all("offer.pain_point")[0];
    const product = evidence.find("offer.product");
    const value = evidence.find("offer.value_proposition");
    const industry = evidence.find("company.industry");
    const lines = [];
    if (whyNow) lines.push(cite(t({ en: `I saw this on your site: ${stripDate(whyNow.text)}.`, "pt-BR": `Vi no site de vocês: ${stripDate(whyNow.text)}.` }), whyNow));
    else if (industry) lines.push(cite(t({ en: `I came across ${ctx.company} while looking at ${industry.text} companies.`, "pt-BR": `Conheci a ${ctx.company} pesquisando empresas de ${industry.text}.` }), industry));
    if (pain && painItem) {
      lines.push(
        whyNow
          ? cite(t({ en: `Moments like this usually make ${pain.text} harder to keep up with.`, "pt-BR": `Momentos assim costumam deixar ${pain.text} mais difícil de acompanhar.` }), painItem, pain, whyNow)
          : cite(t({ en: `Teams like yours often tell us ${pain.text} costs them more than it should.`, "pt-BR": `Equipes como a de vocês costumam nos dizer que ${pain.text} custa mais do que deveria.` }), painItem, pain),
      );
    }
    if (product) lines.push(cite(`${product.text}${value ? ` ${value.text}` : ""}`, product, value));
    const subject = whyNow
      ? cite(t({ en: `${ctx.company}: ${clip(stripDate(whyNow.text), 45)}`, "pt-BR": `${ctx.company}: ${clip(stripDate(whyNow.text), 45)}` }), whyNow)
      : cite(t({ en: `An idea for ${ctx.company}`, "pt-BR": `Uma ideia para a ${ctx.company}` }), industry ?? product);
    return { subject, lines };
  },
  summary: (grounded, ctx) => {
    const email = grounded.value as OutreachEmail;
    return ctx.t({ en: `Email ready: "${email.subject}" (${email.citations.length} cited lines)`, "pt-BR": `E-mail pronto: "${email.subject}" (${email.citations.length} linhas com fonte)` });
  },
});

/** "Hiring 3 roles: … (newest posted 2026-11-19)" without the bookkeeping in brackets, for a person to read. */
function stripDate(text: string): string {
  return text.replace(/\s*\((newest posted|posted|a mais recente publicada em|publicada em)[^)]*\)\s*$/, "").replace(/[.\s]+$/, "");
}
