import type { CountryCode } from "libphonenumber-js";

/** Country whose national numbering a site's unprefixed phone numbers follow, guessed from its TLD. */
export function defaultCountry(domain: string): CountryCode {
  const host = domain.toLowerCase().replace(/\.$/, "");
  if (host.endsWith(".br")) return "BR";
  if (host.endsWith(".uk")) return "GB";
  if (host.endsWith(".au")) return "AU";
  return "US";
}
