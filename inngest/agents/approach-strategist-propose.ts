import { z } from "zod";
import { approachChannels, type ApproachChannel } from "./reasoning/approach-channels";
import { citedLine, groundLine, type GroundedLine } from "./reasoning/cited-line";
import { defineReasoningAgent, type ReasoningContext } from "./reasoning/define-reasoning-agent";
import { cite } from "./reasoning/fallback-helpers";
import { foldName } from "./reasoning/fold";
import { addressee, leadPicture } from "./reasoning/lead-picture";

/** A stored proposal: a named strategy on one channel; `text` says whom, how and with what opening. */
export type ApproachProposal = GroundedLine & { name: string; channel: ApproachChannel };

const proposalOutput = z.object({
  items: z.array(citedLine.extend({ name: z.string().min(1).max(120), channel: z.enum(approachChannels) })).max(6),
});
type ProposalOutput = z.infer<typeof proposalOutput>;

function fallbackProposals(ctx: ReasoningContext): ProposalOutput["items"] {
  const { t, company } = ctx;
  const picture = leadPicture(ctx);
  const { person, email, phone, linkedin, whyNow, value } = picture;
  const who = person?.text;
  const target = person?.name ?? company;
  const why = whyNow ? `"${whyNow.text}"` : "";
  const items: ProposalOutput["items"] = [];
  if (email) {
    const to = addressee(picture, t);
    const angle = (why ? t({ en: `, opening with ${why}`, "pt-BR": `, começando por ${why}` }) : "") + (value ? t({ en: ` and linking it to: ${value.text}`, "pt-BR": ` e ligando isso a: ${value.text}` }) : "");
    const text = t({ en: `Email ${to}${angle}.`, "pt-BR": `Enviar e-mail para ${to}${angle}.` });
    items.push({ name: t({ en: `Email ${target}`, "pt-BR": `E-mail para ${person?.name ?? `a ${company}`}` }), channel: "email", ...cite(text, ...email.items, ...(person?.items ?? []), ...(whyNow?.items ?? []), ...(value?.items ?? [])) });
  }
  if (linkedin) {
    const text = t({
      en: `Connect with ${who ?? `the ${company} team`} on LinkedIn (company page ${linkedin.text})${why ? `, commenting on ${why}` : ""}.`,
      "pt-BR": `Conectar-se com ${who ?? `a equipe da ${company}`} no LinkedIn (página da empresa ${linkedin.text})${why ? `, comentando ${why}` : ""}.`,
    });
    items.push({ name: `LinkedIn: ${target}`, channel: "linkedin", ...cite(text, ...linkedin.items, ...(person?.items ?? []), ...(whyNow?.items ?? [])) });
  }
  if (phone) {
    const text = t({
      en: `Call ${phone.text}${who ? ` and ask for ${who}` : ""}${why ? `, mentioning ${why}` : ""}.`,
      "pt-BR": `Ligar para ${phone.text}${who ? ` e pedir para falar com ${who}` : ""}${why ? `, mencionando ${why}` : ""}.`,
    });
    items.push({ name: t({ en: `Call ${company}`, "pt-BR": `Ligar para a ${company}` }), channel: "phone", ...cite(text, ...phone.items, ...(person?.items ?? []), ...(whyNow?.items ?? [])) });
  }
  return items;
}

/**
 * Approach strategist, step 1 of 3: three candidate ways to open a conversation, each on one
 * channel the evidence gives a way to use, citing that route and the angle it opens with.
 */
export const approachStrategistPropose = defineReasoningAgent<ProposalOutput>({
  name: "approach-strategist-propose",
  label: "Approach strategist: propose",
  factKey: "approach.proposals",
  role: "a B2B sales strategist who plans how to open a conversation with a prospect",
  schema: proposalOutput,
  task: () =>
    [
      "Propose exactly 3 distinct strategies for a first approach to this prospect. Each has a short unique name (under 60 characters), one channel (email, phone, linkedin, event or referral), and a text of one or two sentences saying whom to contact, through what, and with which opening angle.",
      "Only propose a channel the evidence gives a way to use: an email address for email, a phone number for a call, a LinkedIn page for LinkedIn, a named event for an event, a named mutual connection for a referral.",
      "Cite the contact facts that make the channel possible and the signal or pain point the angle rests on; open with the timely signal (score.why_now) when there is one.",
    ].join(" "),
  ground(raw, ctx) {
    const kept: ApproachProposal[] = [];
    for (const item of raw.items) {
      const line = groundLine(item, ctx.evidence);
      const name = item.name.trim();
      // Later steps refer to a proposal by name, so two with one name would be ambiguous.
      if (line && name && !kept.some((k) => foldName(k.name) === foldName(name))) kept.push({ name, channel: item.channel, ...line });
    }
    const items = kept.slice(0, 3);
    return { value: { items }, lines: items, dropped: raw.items.length - kept.length };
  },
  fallback: (ctx) => ({ items: fallbackProposals(ctx) }),
  summary: ({ lines }, { t }) => t({ en: `${lines.length} approach strateg${lines.length === 1 ? "y" : "ies"} proposed`, "pt-BR": `${lines.length} estratégia${lines.length === 1 ? "" : "s"} de abordagem proposta${lines.length === 1 ? "" : "s"}` }),
});
