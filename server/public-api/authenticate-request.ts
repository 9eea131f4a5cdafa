import type { Db } from "@/db/client";
import { authenticateApiKey, type ApiKeyAuth } from "@/server/domain/api-keys/authenticate-api-key";
import { consumeRateLimit } from "@/server/domain/rate-limits/consume-rate-limit";
import { apiError } from "./api-error";
import { apiRateLimit } from "./rate-limit-config";

export type AuthenticatedRequest = ApiKeyAuth & { rateHeaders: Record<string, string> };

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The caller's key checked and counted against its rate limit, or the 401/429 to send instead. */
export async function authenticateRequest(db: Db, request: Request): Promise<AuthenticatedRequest | Response> {
  const header = request.headers.get("authorization");
  const rawKey = header?.match(BEARER)?.[1];
  if (!rawKey) return apiError(401, "unauthorized", "Send your API key as Authorization: Bearer <key>", { headers: { "www-authenticate": "Bearer" } });
  const auth = await authenticateApiKey(db, rawKey);
  if (!auth) {
    return apiError(401, "unauthorized", "This API key is not valid: it was revoked or never existed. Create a new one in Settings → API keys.", {
      headers: { "www-authenticate": 'Bearer error="invalid_token"' },
    });
  }
  const rate = await consumeRateLimit(db, `api-key:${auth.keyId}`, apiRateLimit());
  const rateHeaders = { "x-ratelimit-limit": String(rate.limit), "x-ratelimit-remaining": String(rate.remaining) };
  if (!rate.allowed) {
    return apiError(429, "rate_limited", `Too many requests: this key may make ${rate.limit} per minute. Retry in ${rate.retryAfterSeconds} s.`, {
      headers: { ...rateHeaders, "retry-after": String(rate.retryAfterSeconds) },
    });
  }
  return { ...auth, rateHeaders };
}
