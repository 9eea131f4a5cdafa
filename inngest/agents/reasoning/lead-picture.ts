import { factValueText } from "@/components/leads/fact-value";
import type { ReasoningContext } from "./define-reasoning-agent";
import type { EvidenceItem } from "./evidence";
import { hiringHeadline } from "./fact-headlines";
import { asList, asRecord, asText, factValue } from "./fact-value";
import { foldName } from "./fold";

/** A short phrase for a fallback's prose and the evidence it rests on. */
export type Cited = { text: string; items: EvidenceItem[] };

const firstItemText = (value: unknown) => asText(asRecord(asList(asRecord(value)?.items)[0])?.text);

function cited(text: string | undefined, ...items: (EvidenceItem | undefined)[]): Cited | undefined {
  const found = items.filter((item): item is EvidenceItem => item !== undefined);
  // Trailing punctuation is dropped so the phrase can sit inside a sentence.
  const phrase = text?.replace(/[\s.;,]+$/, "");
  return phrase && found.length ? { text: phrase, items: found } : undefined;
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
