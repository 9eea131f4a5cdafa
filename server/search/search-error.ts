import type { z } from "zod";

export type SearchErrorKind = "auth" | "rate_limited" | "bad_request" | "unavailable" | "bad_response";

/**
 * Why a web search failed, in words a user can act on ("check TAVILY_API_KEY"). `transient` says
 * whether the same search could succeed later (rate limits, outages), so a caller knows to retry
 * (after `retryAfterMs` when the provider said) or to stop. Messages never contain the API key.
 */
export class SearchError extends Error {
  readonly retryAfterMs: number | null;
  readonly transient: boolean;

  constructor(
    readonly provider: string,
    readonly kind: SearchErrorKind,
    message: string,
    options: { retryAfterMs?: number | null; transient?: boolean; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "SearchError";
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.transient = options.transient ?? (kind === "rate_limited" || kind === "unavailable");
  }
}

/** Who is called, for messages; `apiKey` is only there to be scrubbed from anything echoed back. */
export type SearchApi = {
  id: string;
  name: string;
  keyEnv: string;
  apiKey: string;
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
};

/**
 * One call to a search API: its JSON body checked against `schema`, or a SearchError saying what
 * went wrong. The only place that turns HTTP answers into SearchErrors, so all providers agree.
 */
export async function callSearchApi<T>(api: SearchApi, path: string, init: RequestInit, schema: z.ZodType<T>): Promise<T> {
  // The slash keeps a base with a path (a proxy's /tavily) instead of replacing it.
  const url = new URL(path, api.baseUrl.endsWith("/") ? api.baseUrl : `${api.baseUrl}/`);
  let status: number;
  let headers: Headers;
  let text: string;
  try {
    const response = await api.fetch(url, { ...init, signal: AbortSignal.timeout(api.timeoutMs) });
    status = response.status;
    headers = response.headers;
    text = await response.text();
  } catch (error) {
    throw unreachable(api, url, error);
  }
  const body = parseJson(text);
  if (status < 200 || status >= 300) throw errorForStatus(api, status, headers, body ?? text);
  if (body === undefined) throw new SearchError(api.id, "bad_response", `${api.name} answered ${status} with a body that is not JSON.`);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    throw new SearchError(api.id, "bad_response", `${api.name} answered with an unexpected body (${where}${issue?.message ?? "invalid"}).`);
  }
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function unreachable(api: SearchApi, url: URL, error: unknown): SearchError {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return new SearchError(api.id, "unavailable", `${api.name} did not answer within ${api.timeoutMs / 1000} s.`, { cause: error });
  }
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new SearchError(api.id, "unavailable", scrub(api, `Could not reach ${api.name} at ${url.host} (${reason}).`), { cause: error });
}

function errorForStatus(api: SearchApi, status: number, headers: Headers, body: unknown): SearchError {
  const said = providerMessage(body)?.slice(0, 300);
  const quoted = said ? ` ${api.name} said: "${scrub(api, said)}"` : "";
  if (status === 401 || status === 403) {
    return new SearchError(api.id, "auth", `${api.name} rejected the API key (${status}): check ${api.keyEnv}.${quoted}`);
  }
  if (status === 429) {
    const retryAfterMs = retryAfterOf(headers);
    const when = retryAfterMs === null ? "later" : `in ${duration(retryAfterMs)}`;
    return new SearchError(api.id, "rate_limited", `${api.name} rate limit reached (429); retry ${when}.${quoted}`, { retryAfterMs });
  }
  // Tavily's 432/433 and Exa's 402: the plan's credits are spent, which waiting a moment cannot fix.
  if (status === 402 || status === 432 || status === 433) {
    return new SearchError(api.id, "rate_limited", `${api.name} usage limit of the plan reached (${status}).${quoted}`, { transient: false });
  }
  if (status === 408 || status >= 500) {
    return new SearchError(api.id, "unavailable", `${api.name} is unavailable (${status}); try again later.${quoted}`, { retryAfterMs: retryAfterOf(headers) });
  }
  return new SearchError(api.id, "bad_request", `${api.name} refused the search (${status}).${quoted}`);
}

/** Tavily `{detail: {error}}` or FastAPI `{detail: [{loc, msg}]}`, Exa `{error}`, Brave `{error: {detail, meta.errors}}`. */
function providerMessage(body: unknown): string | null {
  if (typeof body === "string") {
    const text = body.replace(/\s+/g, " ").trim();
    // A proxy's HTML error page says nothing the status does not.
    return text && !text.startsWith("<") ? text : null;
  }
  const b = body as { detail?: { error?: unknown } | unknown[] | string; error?: unknown; message?: unknown } | null;
  if (typeof b?.detail === "string") return b.detail;
  if (Array.isArray(b?.detail)) return fieldErrors(b.detail) || null;
  if (typeof b?.detail?.error === "string") return b.detail.error;
  if (typeof b?.error === "string") return b.error;
  const error = b?.error as { detail?: unknown; message?: unknown; meta?: { errors?: unknown } } | null | undefined;
  const head = typeof error?.detail === "string" ? error.detail : typeof error?.message === "string" ? error.message : null;
  const fields = fieldErrors(error?.meta?.errors);
  if (head) return fields ? `${head} (${fields})` : head;
  return typeof b?.message === "string" ? b.message : null;
}

/** Validation errors as "query.count: Input should be less than or equal to 20". */
function fieldErrors(list: unknown): string {
  if (!Array.isArray(list)) return "";
  return list
    .map((item: { loc?: unknown; msg?: unknown } | null) => {
      const where = Array.isArray(item?.loc) ? item.loc.join(".") : "";
      const what = typeof item?.msg === "string" ? item.msg : "";
      return [where, what].filter(Boolean).join(": ");
    })
    .filter(Boolean)
    .join("; ");
}

/** "7 s", "3 min", "5 h", "16 days": Brave's monthly window resets in weeks. */
function duration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 2 * 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 2 * 86_400) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86_400)} days`;
}

/**
 * `retry-after` in seconds or as an HTTP date. Brave documents `x-ratelimit-remaining` and
 * `x-ratelimit-reset` ("1, 1419704": one value per window) instead: wait for the spent windows.
 */
function retryAfterOf(headers: Headers): number | null {
  const value = headers.get("retry-after")?.trim();
  if (value) {
    if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
    const at = Date.parse(value);
    if (!Number.isNaN(at)) return Math.max(at - Date.now(), 0);
  }
  const remaining = headers.get("x-ratelimit-remaining")?.split(",").map(Number);
  const reset = headers.get("x-ratelimit-reset")?.split(",").map(Number);
  if (!remaining || !reset || remaining.length !== reset.length) return null;
  const spent = reset.filter((seconds, i) => remaining[i] === 0 && Number.isFinite(seconds));
  return spent.length ? Math.max(...spent) * 1000 : null;
}

function scrub(api: SearchApi, text: string): string {
  return api.apiKey ? text.replaceAll(api.apiKey, "[api key]") : text;
}
