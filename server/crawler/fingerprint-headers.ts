import type { IncomingHttpHeaders } from "node:http";

/**
 * Response headers that name the software or the host behind a site. An allow-list rather
 * than every header: the page is stored, and most headers (dates, lengths, security policies,
 * tracking ids) say nothing about the stack while some would be personal or secret.
 */
export const fingerprintHeaderNames = [
  "server", "x-powered-by", "x-generator", "via", "x-served-by", "x-cache", "x-cache-hits",
  "cf-ray", "cf-cache-status", "x-vercel-id", "x-vercel-cache", "x-nf-request-id",
  "x-amz-cf-id", "x-amz-cf-pop", "x-shopify-stage", "x-shopid", "x-shardid", "x-wix-request-id",
  "x-drupal-cache", "x-drupal-dynamic-cache", "x-varnish", "x-nextjs-cache", "x-aspnet-version",
  "x-aspnetmvc-version", "x-litespeed-cache", "x-pingback", "x-github-request-id", "fly-request-id",
  "x-cloud-trace-context", "link",
] as const;

export const maxHeaderValueLength = 300;
const maxCookies = 30;
const maxCookieNameLength = 100;

export type FingerprintHeaders = {
  /** Allow-listed headers, lower-case names, values capped at `maxHeaderValueLength` characters. */
  headers: Record<string, string>;
  /** Names of the cookies set, in order, once each; values are never kept. */
  cookies: string[];
};

/** The part of a response worth keeping to tell which technologies serve a site. */
export function fingerprintHeaders(raw: IncomingHttpHeaders): FingerprintHeaders {
  const lower = new Map(Object.entries(raw).map(([name, value]) => [name.toLowerCase(), value]));
  const headers: Record<string, string> = {};
  for (const name of fingerprintHeaderNames) {
    const value = lower.get(name);
    const joined = (Array.isArray(value) ? value.join(", ") : (value ?? "")).trim();
    if (joined) headers[name] = joined.slice(0, maxHeaderValueLength);
  }
  const setCookie = lower.get("set-cookie");
  const names = (Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []).map(cookieName);
  const cookies = [...new Set(names.filter((name): name is string => name !== null))].slice(0, maxCookies);
  return { headers, cookies };
}

// "name=value; Path=/": only the part before the first "=" is read, so no value can leak.
function cookieName(setCookie: string): string | null {
  const equals = setCookie.indexOf("=");
  if (equals <= 0) return null;
  const name = setCookie.slice(0, equals).trim();
  return /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name) && name.length <= maxCookieNameLength ? name : null;
}
