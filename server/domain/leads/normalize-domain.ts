import { parse } from "tldts";
import { AppError } from "@/server/errors";

/**
 * Turns what a user typed ("https://www.Acme.com/about", "acme.com.") into the company's
 * registrable domain ("acme.com"), or says exactly why it is not one.
 */
export function normalizeDomain(input: string): string {
  const raw = input.trim();
  const fail = (why: string): never => {
    throw new AppError("INVALID_INPUT", `"${raw.length > 80 ? `${raw.slice(0, 77)}...` : raw}" ${why}`, "domain");
  };
  if (!raw) throw new AppError("INVALID_INPUT", "Enter a domain, like acme.com", "domain");
  if (raw.length > 253) fail("is longer than any domain can be (253 characters at most)");
  if (/\s/.test(raw)) fail("contains spaces: enter a single domain, like acme.com");
  if (raw.includes("@") && !/^[a-z]+:\/\//i.test(raw)) fail("looks like an email address: enter only the domain after the @");

  const withoutScheme = raw.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const host = withoutScheme.split(/[/?#]/, 1)[0]!.replace(/:\d+$/, "").replace(/\.$/, "").toLowerCase();
  if (/^\[.*\]$/.test(host) || /^\d{1,3}(\.\d{1,3}){3}$/.test(host)) fail("is an IP address: enter the company's domain");
  if (!/^[a-z0-9.-]+$/.test(host) && !/^[\p{L}\p{N}.-]+$/u.test(host)) fail("contains characters a domain cannot have");
  if (host.split(".").some((label) => label.length > 63)) fail("has a part longer than 63 characters");

  const parsed = parse(host, { allowPrivateDomains: true });
  if (parsed.isIp) fail("is an IP address: enter the company's domain");
  if (!parsed.domain || !parsed.publicSuffix) fail("is not a valid domain: use a name like acme.com");
  if (!parsed.isIcann && !parsed.isPrivate) fail(`does not end in a known top-level domain (".${parsed.publicSuffix}")`);
  if (parsed.domain === parsed.publicSuffix) fail("is a top-level domain, not a company's domain");
  return parsed.domain!;
}
