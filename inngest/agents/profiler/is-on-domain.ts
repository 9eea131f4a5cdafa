import { getDomain } from "tldts";

/** Whether a URL a page gives for an organisation is on the lead's registrable domain. */
export function isOnDomain(value: unknown, domain: string): boolean {
  if (typeof value !== "string") return false;
  try {
    return getDomain(new URL(value).hostname) === domain;
  } catch {
    return false;
  }
}
