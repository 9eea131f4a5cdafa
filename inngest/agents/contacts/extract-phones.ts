import type { CheerioAPI } from "cheerio";
import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max";
import { textByNode } from "./text-by-node";

export type FoundPhone = { e164: string; international: string; sourceUrl: string; confidence: number };

function toFound(phone: PhoneNumber | undefined, sourceUrl: string, confidence: number): FoundPhone | null {
  if (!phone || !phone.isValid()) return null;
  return { e164: phone.number, international: phone.formatInternational(), sourceUrl, confidence };
}

/**
 * Valid numbers from `tel:` links (0.9) and from text (0.7); unprefixed ones read as `country`'s.
 * Full metadata, not the default "min" set, so postal codes like 41830-000 are not mistaken for numbers.
 */
export function extractPhones($: CheerioAPI, sourceUrl: string, country: CountryCode): FoundPhone[] {
  const results: (FoundPhone | null)[] = [];
  $("a[href]").each((_, element) => {
    const href = $(element).attr("href")?.trim() ?? "";
    if (!/^tel:/i.test(href)) return;
    let number = href.slice(4);
    try {
      number = decodeURIComponent(number);
    } catch {
      return;
    }
    results.push(toFound(parsePhoneNumberFromString(number, country), sourceUrl, 0.9));
  });
  for (const match of findPhoneNumbersInText(textByNode($), { defaultCountry: country })) {
    results.push(toFound(match.number, sourceUrl, 0.7));
  }
  return results.filter((phone): phone is FoundPhone => phone !== null);
}
