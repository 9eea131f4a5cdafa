import type { Db } from "@/db/client";
import { consumeRateLimit } from "@/server/domain/rate-limits/consume-rate-limit";
import { peekRateLimit } from "@/server/domain/rate-limits/peek-rate-limit";
import { rateLimits } from "@/server/observability/limits";
import { TooManySignIns } from "./too-many-sign-ins";

/** The client's address as the proxy in front of the app reports it; null when there is none. */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || null;
}

/**
 * Runs the password check unless the email or the client's address has failed too often this
 * window. Only failures count, so people who sign in often are never locked out; while limited,
 * even the right password is refused, or guessing could go on.
 */
export async function limitSignIn<T>(db: Db, who: { email: string; ip: string | null }, verify: () => Promise<T | null>, now = new Date()): Promise<T | null> {
  const limits = rateLimits();
  const keys = [
    { key: `sign-in:email:${who.email.toLowerCase()}`, rule: limits.signInPerEmail },
    ...(who.ip ? [{ key: `sign-in:ip:${who.ip}`, rule: limits.signInPerIp }] : []),
  ];
  const states = await Promise.all(keys.map(({ key, rule }) => peekRateLimit(db, key, rule, now)));
  const blocked = states.filter((s) => !s.allowed);
  if (blocked.length) throw new TooManySignIns(Math.ceil(Math.max(...blocked.map((s) => s.retryAfterSeconds)) / 60));
  const user = await verify();
  if (!user) await Promise.all(keys.map(({ key, rule }) => consumeRateLimit(db, key, rule, now)));
  return user;
}
