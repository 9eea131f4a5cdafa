import { z } from "zod";
import { factValueText } from "@/components/leads/fact-value";
import type { AgentInput } from "./agent";
import { citedLine, groundLine, type GroundedLine } from "./reasoning/cited-line";
import { defineReasoningAgent, type ReasoningContext } from "./reasoning/define-reasoning-agent";
import type { EvidenceItem } from "./reasoning/evidence";
import { cite } from "./reasoning/fallback-helpers";

export const approachChannels = ["email", "phone", "linkedin", "event", "referral"] as const;
export type ApproachChannel = (typeof approachChannels)[number];

/** A stored proposal: a named strategy on one channel; `text` says whom, how and with what opening. */
export type ApproachProposal = GroundedLine & { name: string; channel: ApproachChannel };

// Earlier agents' values are read defensively: any of them may be absent or shaped differently.
export const factValue = (input: AgentInput, key: string): unknown => input.facts.find((fact) => fact.key === key)?.value;
export const asRecord = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
export const asText = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
export const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const foldName = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").trim().toLowerCase();
const firstItemText = (value: unknown) => asText(asRecord(asList(asRecord(value)?.items)[0])?.text);

/** A short phrase for a fallback's prose and the evidence it rests on. */
export type Cited = { text: string; items: EvidenceItem[] };

function cited(text: string | undefined, ...items: (EvidenceItem | undefined)[]): Cited | undefined {
  const found = items.filter((item): item is EvidenceItem => item !== undefined);
  // Trailing punctuation is dropped so the phrase can sit inside a sentence.
  const phrase = text?.replace(/[\s.;,]+$/, "");
  return phrase && found.length ? { text: phrase, items: found } : undefined;
}

export function hiringHeadline(value: unknown, t: ReasoningContext["t"]): string | undefined {
  const hiring = asRecord(value);
  const titles = asList(hiring?.roles).flatMap((role) => asText(asRecord(role)?.title) ?? []);
  const count = typeof hiring?.count === "number" ? hiring.count : titles.length;
  if (!count) return undefined;
  const which = titles.length ? ` (${titles.slice(0, 2).join(", ")})` : "";
  return t({ en: `hiring for ${count} role${count === 1 ? "" : "s"}${which}`, "pt-BR": `contratando para ${count} vaga${count === 1 ? "" : "s"}${which}` });
}

export function sizeHeadline(value: unknown, t: ReasoningContext["t"]): string | undefined {
  const size = asRecord(value);
  const [min, max] = [size?.min, size?.max].map((n) => (typeof n === "number" ? n : undefined));
  const count = min !== undefined && max !== undefined && min !== max ? `${min}–${max}` : (min ?? max)?.toString();
  return count ? t({ en: `${count} employees`, "pt-BR": `${count} funcionários` }) : asText(size?.label);
}

function whyNowOf({ input, evidence, t }: ReasoningContext): Cited | undefined {
  const why = asRecord(factValue(input, "score.why_now"));
  if (why) {
    const signalKey = asText(why.factKey);
    return cited(asText(why.text), evidence.find("score.why_now"), signalKey ? evidence.find(signalKey) : undefined);
  }
  // The scorer leaves the why-now out when every signal is stale: only before it has run is a raw signal taken as one.
  if (factValue(input, "score.fit") !== undefined) return undefined;
  for (const key of ["signal.expansion", "signal.funding", "signal.hiring", "signal.news"]) {
    const value = factValue(input, key);
    const first = asList(value)[0];
    const found = cited(key === "signal.hiring" ? hiringHeadline(value, t) : first === undefined ? undefined : factValueText(first), evidence.find(key));
    if (found) return found;
  }
  return undefined;
}

function personOf({ input, evidence }: ReasoningContext): (Cited & { name: string | null }) | undefined {
  const described = (name: string | undefined, role: string | undefined, item: EvidenceItem | undefined) => {
    const found = cited(name ? (role ? `${name} (${role})` : name) : role, item);
    return found && { ...found, name: name ?? null };
  };
  const persona = asRecord(factValue(input, "persona.decision_maker"));
  const who = asRecord(persona?.person) ?? persona;
  const chosen = described(asText(who?.name), asText(who?.role), evidence.find("persona.decision_maker"));
  if (chosen) return chosen;
  const first = asList(factValue(input, "contact.people")).map(asRecord).find((person) => asText(person?.name));
  return described(asText(first?.name), asText(first?.role), evidence.find("contact.people"));
}

/** Which address to write to: the contact's own, else a team inbox, else someone else's (said as "via"). */
function emailOf({ input, evidence }: ReasoningContext, personName: string | null | undefined) {
  if (factValue(input, "email.disposable") === true) return undefined;
  const emails = asList(factValue(input, "contact.emails")).map(asRecord).filter((e): e is Record<string, unknown> => asText(e?.address) !== undefined);
  const personal = emails.filter((e) => e.role !== true);
  const names = personName ? foldName(personName).split(/[^a-z]+/).filter((w) => w.length > 2) : [];
  const own = personal.find((e) => foldName(String(e.address)).split("@")[0]!.split(/[^a-z]+/).some((part) => names.includes(part)));
  const team = emails.find((e) => e.role === true);
  const [address, owner] = own ? [own, "person" as const] : team ? [team, "team" as const] : personal[0] ? [personal[0], "other" as const] : [];
  const found = cited(asText(address?.address), evidence.find("contact.emails"));
  return found && owner && { ...found, owner };
}

function linkedinOf({ input, evidence }: ReasoningContext): Cited | undefined {
  for (const key of ["contact.social", "company.social"]) {
    const url = asList(factValue(input, key)).map((v) => asText(v) ?? asText(asRecord(v)?.url)).find((u) => u && /linkedin\.com/i.test(u));
    if (url) return cited(url, evidence.find(key));
  }
  return undefined;
}

/** What a fallback may say about reaching this lead, each piece with the evidence it rests on. */
export function leadPicture(ctx: ReasoningContext) {
  const { input, evidence } = ctx;
  const person = personOf(ctx);
  const phone = asRecord(asList(factValue(input, "contact.phones"))[0]);
  const mx = asRecord(factValue(input, "email.mx"));
  const offerValue = evidence.find("offer.value_proposition");
  return {
    whyNow: whyNowOf(ctx),
    person,
    email: emailOf(ctx, person?.name),
    phone: cited(asText(phone?.international) ?? asText(phone?.e164), evidence.find("contact.phones")),
    linkedin: linkedinOf(ctx),
    noMx: Array.isArray(mx?.hosts) && mx.hosts.length === 0 ? evidence.find("email.mx") : undefined,
    value: cited(firstItemText(factValue(input, "value.proposition")), evidence.find("value.proposition")) ?? cited(offerValue?.text, offerValue),
    pain: cited(firstItemText(factValue(input, "pain.points")), evidence.find("pain.points")),
  };
}
export type LeadPicture = ReturnType<typeof leadPicture>;

/** "Dana Okafor (CEO) at dana@…" when the address is theirs, "… via sales@…" when it is not. */
export function addressee(p: LeadPicture, t: ReasoningContext["t"]): string | undefined {
  const { email, person } = p;
  if (!email || !person) return email?.text;
  return email.owner === "person" ? t({ en: `${person.text} at ${email.text}`, "pt-BR": `${person.text} em ${email.text}` }) : t({ en: `${person.text} via ${email.text}`, "pt-BR": `${person.text} pelo ${email.text}` });
}

/** The stored proposals (name, channel, text), for the steps that evaluate and plan from them. */
export function readProposals(input: AgentInput): { name: string; channel: ApproachChannel; text: string }[] {
  return asList(asRecord(factValue(input, "approach.proposals"))?.items).flatMap((raw) => {
    const item = asRecord(raw);
    const name = asText(item?.name);
    const channel = approachChannels.find((c) => c === item?.channel);
    return name && channel ? [{ name, channel, text: asText(item?.text) ?? "" }] : [];
  });
}

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
