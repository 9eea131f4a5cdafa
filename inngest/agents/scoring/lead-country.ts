import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { Localized } from "@/server/domain/settings/scoring-criteria";
import { countryName } from "../profiler/country-name";
import type { LeadFacts } from "./lead-facts";
import { str } from "./lead-facts";
import { countryLabel, states } from "./places";

/** Where the lead is, as far as the facts say, and how directly they say it (1 = a stated address). */
export type LeadPlace = { country: string; region: string | null; city: string | null; label: string; weight: number; factKeys: string[]; how: Localized };

// Country-code TLDs that are sold as generic names (.io, .co, .ai...) say nothing about where a company is.
const genericTlds = new Set(["io", "co", "ai", "me", "tv", "app", "dev", "ly", "fm", "to", "gg", "cc", "ws"]);

/** A US "City, ST 12345" or a Brazilian CEP in an address that states no country. */
function countryFromAddress(label: string): { country: string; region: string } | null {
  const us = /,\s*([A-Z]{2})\s+\d{5}(-\d{4})?\b/.exec(label);
  if (us?.[1] && states["United States"][us[1]]) return { country: "United States", region: us[1] };
  const br = /\b([A-Z]{2}),?\s*(CEP\s*)?\d{5}-\d{3}\b/.exec(label);
  if (br?.[1] && states.Brazil[br[1]]) return { country: "Brazil", region: br[1] };
  return null;
}

function fromLocation(facts: LeadFacts): LeadPlace | null {
  const location = facts.record("company.location");
  if (!location) return null;
  const label = str(location.label) ?? "";
  const stated = str(location.country);
  const inferred = stated ? null : countryFromAddress(label);
  const country = stated ? (countryName(stated) ?? stated) : inferred?.country;
  if (!country) return null;
  const how = { en: `Located in ${label}`, "pt-BR": `Localizada em ${label}` };
  return { country, region: str(location.region) ?? inferred?.region ?? null, city: str(location.city), label, weight: 1, factKeys: ["company.location"], how };
}

function fromPhones(facts: LeadFacts): string | null {
  const counts = new Map<string, number>();
  for (const phone of facts.list("contact.phones")) {
    const e164 = str((phone as { e164?: unknown } | null)?.e164);
    const code = e164 ? parsePhoneNumberFromString(e164)?.country : undefined;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top ? (countryName(top[0]) ?? top[0]) : null;
}

function fromDomain(domain: string): string | null {
  const tld = domain.toLowerCase().replace(/\.$/, "").split(".").at(-1) ?? "";
  if (tld.length !== 2 || genericTlds.has(tld)) return null;
  return countryName(tld === "uk" ? "GB" : tld.toUpperCase());
}

/**
 * The lead's country: from its stated address, else from its phone numbers' country and its
 * domain's country code, which together are good (0.8) and alone fair (0.7 / 0.6) evidence.
 */
export function leadPlace(facts: LeadFacts, domain: string): LeadPlace | null {
  const stated = fromLocation(facts);
  if (stated) return stated;
  const byPhone = fromPhones(facts);
  const byDomain = fromDomain(domain);
  const country = byPhone ?? byDomain;
  if (!country) return null;
  const name = countryLabel(country);
  const labels = domain.split(".");
  // ".com.br", ".co.uk": the registry's suffix, not the company's own name.
  const tld = `.${labels.slice(labels.length > 2 && (labels.at(-2)?.length ?? 0) <= 3 ? -2 : -1).join(".")}`;
  const agree = byPhone !== null && byPhone === byDomain;
  const how = agree
    ? { en: `No address found, but its phone numbers and domain (${tld}) are from ${name.en}`, "pt-BR": `Sem endereço, mas os telefones e o domínio (${tld}) indicam o país: ${name["pt-BR"]}` }
    : byPhone
      ? { en: `No address found, but its phone numbers are from ${name.en}`, "pt-BR": `Sem endereço, mas os telefones indicam o país: ${name["pt-BR"]}` }
      : { en: `No address found, but its domain (${tld}) is from ${name.en}`, "pt-BR": `Sem endereço, mas o domínio (${tld}) indica o país: ${name["pt-BR"]}` };
  return { country, region: null, city: null, label: country, weight: agree ? 0.8 : byPhone ? 0.7 : 0.6, factKeys: byPhone ? ["contact.phones"] : [], how };
}
