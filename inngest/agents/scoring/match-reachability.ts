import type { Localized } from "@/server/domain/settings/scoring-criteria";
import { isDisposableDomain } from "../email/is-disposable-domain";
import { type CriterionMatch, criterionMatch } from "./criterion-match";
import { foldText } from "./fold-text";
import { type LeadFacts, str } from "./lead-facts";

// Roles that decide or sign, in English and Portuguese (folded): the people to approach first.
const decisionMaker = /\b(ceo|cto|coo|cfo|cmo|cio|cro|founder|co-?founder|owner|president|chief|director|managing|head|vp|vice[- ]president|partner|principal|general manager|manager|diretor|diretora|presidente|socio|socia|fundador|fundadora|cofundador|cofundadora|gerente|superintendente|proprietario|proprietaria)\b/;
const freeMail = new Set(["gmail.com", "googlemail.com", "hotmail.com", "outlook.com", "live.com", "yahoo.com", "yahoo.com.br", "icloud.com", "aol.com", "uol.com.br", "bol.com.br", "terra.com.br", "proton.me", "protonmail.com"]);

type Option = { match: number; text: Localized; keys: string[] };

/**
 * Who can be reached: a named decision maker (or a personal business address) is full credit,
 * anyone else named 0.8; a team inbox and a phone 0.6, a team inbox 0.5, a phone 0.4. An
 * address on a domain with no MX records would bounce, so it counts as a team inbox at best.
 */
export function matchReachability(facts: LeadFacts, domain: string): CriterionMatch {
  const options: Option[] = [];
  const people = facts.list("contact.people").map((p) => p as Record<string, unknown>).map((p) => ({ name: str(p.name), role: str(p.role) }));
  const named = people.filter((p): p is { name: string; role: string } => p.name !== null && p.role !== null);
  const boss = named.find((p) => decisionMaker.test(foldText(p.role)));
  if (boss) options.push({ match: 1, keys: ["contact.people"], text: { en: `Named decision maker: ${boss.name} (${boss.role})`, "pt-BR": `Decisor identificado: ${boss.name} (${boss.role})` } });
  else if (named[0]) options.push({ match: 0.8, keys: ["contact.people"], text: { en: `Named contact: ${named[0].name} (${named[0].role})`, "pt-BR": `Contato identificado: ${named[0].name} (${named[0].role})` } });

  const noMx = (facts.record("email.mx")?.hosts as unknown[] | undefined)?.length === 0;
  const emails = facts.list("contact.emails").map((e) => e as Record<string, unknown>).map((e) => ({ address: str(e.address)?.toLowerCase() ?? null, role: e.role === true }));
  const business = emails.find((e) => {
    const host = e.address?.split("@")[1];
    return host && !e.role && !freeMail.has(host) && !isDisposableDomain(host);
  });
  const phones = facts.list("contact.phones").length;
  if (business?.address) {
    const bounces = noMx && business.address.endsWith(`@${domain.toLowerCase()}`);
    options.push(bounces
      ? { match: 0.5, keys: ["contact.emails", "email.mx"], text: { en: `Business email ${business.address}, but ${domain} has no MX records`, "pt-BR": `E-mail comercial ${business.address}, mas ${domain} não tem registros MX` } }
      : { match: 1, keys: ["contact.emails"], text: { en: `Business email found: ${business.address}`, "pt-BR": `E-mail comercial encontrado: ${business.address}` } });
  }
  const inbox = emails.find((e) => e.role && e.address)?.address;
  if (inbox) {
    const match = phones > 0 ? 0.6 : 0.5;
    const andPhone = phones > 0 ? { en: " and a phone number", "pt-BR": " e um telefone" } : { en: "", "pt-BR": "" };
    options.push({ match, keys: phones > 0 ? ["contact.emails", "contact.phones"] : ["contact.emails"], text: { en: `Only a team inbox (${inbox})${andPhone.en}`, "pt-BR": `Apenas um e-mail de equipe (${inbox})${andPhone["pt-BR"]}` } });
  } else if (phones > 0) {
    options.push({ match: 0.4, keys: ["contact.phones"], text: { en: "Only a phone number", "pt-BR": "Apenas um telefone" } });
  }
  const best = options.reduce<Option | null>((top, option) => (!top || option.match > top.match ? option : top), null);
  if (!best) return criterionMatch(0, { en: "No person, email or phone found", "pt-BR": "Nenhuma pessoa, e-mail ou telefone encontrado" }, [], false);
  return criterionMatch(best.match, best.text, best.keys);
}
