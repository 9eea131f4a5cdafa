import type { IncomingHttpHeaders } from "node:http";
import type { CrawlLimits } from "./crawl-limits";
import { decodeBody } from "./decode-body";
import { FetchError } from "./fetch-error";
import { fingerprintHeaders, type FingerprintHeaders } from "./fingerprint-headers";
import { requestOnce } from "./request-once";
import { resolveHost, type ResolveHostOptions } from "./resolve-host";

export type SafeFetchOptions = Omit<ResolveHostOptions, "signal"> & {
  limits: CrawlLimits;
  /** "html" refuses anything that is not a web page; "text" is for robots.txt. */
  accept: "html" | "text";
  signal?: AbortSignal;
};

export type SafeFetchResult = FingerprintHeaders & {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  /** Empty unless the status is 2xx. */
  body: string;
  bytes: number;
};

const htmlTypes = ["text/html", "application/xhtml+xml"];
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
// Statuses that say "not now" rather than "never".
const transientStatuses = new Set([408, 425, 429, 502, 503, 504]);

/**
 * GETs a URL from the open web without letting it reach inside our network or hold a worker:
 * every hop is resolved and checked before connecting, redirects are followed by hand, and
 * one deadline covers the whole page. With `accept: "text"` non-2xx answers are returned
 * (robots.txt needs its 404); everything else that goes wrong throws a FetchError whose
 * message a user can read.
 */
export async function safeFetch(url: string, options: SafeFetchOptions): Promise<SafeFetchResult> {
  const { limits } = options;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), limits.pageTimeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
  const timeoutMessage = `the page took longer than ${formatSeconds(limits.pageTimeoutMs)} to arrive`;
  const seen = new Set<string>();
  let current = httpUrl(url);

  try {
    for (let hop = 0; ; hop++) {
      if (seen.has(current.href)) throw new FetchError("redirect_loop", `redirect loop at ${current.href}`);
      seen.add(current.href);
      const target = await resolveHost(current.hostname, { ...options, signal });
      const response = await requestOnce(current, target, {
        userAgent: limits.userAgent,
        accept: options.accept === "html" ? "text/html,application/xhtml+xml;q=0.9" : "text/plain,*/*;q=0.5",
        maxBytes: limits.maxBytes,
        signal,
        timeoutMessage,
        wantsBody: (status, headers) => wantsBody(status, headers, options.accept),
      });

      const location = response.headers.location;
      if (redirectStatuses.has(response.status) && location) {
        if (hop >= limits.maxRedirects) throw new FetchError("too_many_redirects", `more than ${limits.maxRedirects} redirects`);
        current = httpUrl(location, current);
        continue;
      }
      const contentType = response.headers["content-type"] ?? null;
      const body = response.body ?? Buffer.alloc(0);
      if (response.body && options.accept === "html" && looksBinary(body)) {
        throw new FetchError("binary", "the content is binary, not a web page");
      }
      return {
        url,
        finalUrl: current.href,
        status: response.status,
        contentType,
        body: response.body ? decodeBody(body, contentType) : "",
        bytes: body.length,
        // The answer that served the page; a redirect hop may be another host entirely.
        ...fingerprintHeaders(response.headers),
      };
    }
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (deadline.signal.aborted && !(error instanceof FetchError)) throw new FetchError("timeout", timeoutMessage, true);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function wantsBody(status: number, headers: IncomingHttpHeaders, accept: "html" | "text"): boolean {
  if (status < 200 || status > 299) {
    if (redirectStatuses.has(status) || accept === "text") return false;
    throw new FetchError("http_status", `the server answered ${status}`, transientStatuses.has(status));
  }
  const type = headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  if (accept === "html" && type && !htmlTypes.includes(type)) {
    throw new FetchError("not_html", `the content is ${type}, not a web page`);
  }
  if (accept === "text" && type && !type.startsWith("text/")) return false;
  return true;
}

function httpUrl(raw: string, base?: URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(raw, base);
  } catch {
    throw new FetchError("bad_url", `"${raw.slice(0, 100)}" is not a valid address`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new FetchError("bad_url", `${base ? "a redirect to" : "the address"} ${parsed.protocol} is not followed (http and https only)`);
  }
  parsed.hash = "";
  return parsed;
}

function looksBinary(body: Buffer): boolean {
  const head = body.subarray(0, 1024);
  return head.includes(0) || head.subarray(0, 5).toString("latin1") === "%PDF-";
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
