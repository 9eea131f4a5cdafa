import type { Db } from "@/db/client";
import { apiError } from "@/server/public-api/api-error";
import { clientIp } from "./client-ip";
import { signInRetryAfter } from "./limit-sign-in";
import { tooManySignInsText } from "./too-many-sign-ins";

async function emailOf(request: Request): Promise<string | null> {
  const copy = request.clone();
  const json = copy.headers.get("content-type")?.includes("application/json");
  const email = json ? ((await copy.json().catch(() => null)) as { email?: unknown } | null)?.email : (await copy.formData().catch(() => null))?.get("email");
  return typeof email === "string" && email.trim() ? email.trim() : null;
}

/**
 * A password sign-in posted straight to Auth.js (`/api/auth/callback/credentials`) from an email
 * or address that has failed too often: 429 with `Retry-After`, before Auth.js answers with its
 * redirect. Our sign-in page goes through a server action and shows the same wait on the page.
 */
export async function refuseLimitedSignIn(db: Db, request: Request): Promise<Response | null> {
  if (!new URL(request.url).pathname.endsWith("/callback/credentials")) return null;
  const email = await emailOf(request);
  if (!email) return null;
  const retryAfter = await signInRetryAfter(db, { email, ip: clientIp(request.headers) });
  if (retryAfter === 0) return null;
  return apiError(429, "rate_limited", tooManySignInsText(Math.ceil(retryAfter / 60)), { headers: { "retry-after": String(retryAfter) } });
}
