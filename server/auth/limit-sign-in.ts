import type { Db } from "@/db/client";
import { consumeRateLimit } from "@/server/domain/rate-limits/consume-rate-limit";
import { peekRateLimit } from "@/server/domain/rate-limits/peek-rate-limit";
import { rateLimits } from "@/server/observability/limits";
import { TooManySignIns } from "./too-many-sign-ins";

type Who = { email: string; ip: string | null };

function signInKeys(who: Who) {
  const limits = rateLimits();
  return [
    { key: `sign-in:email:${who.email.toLowerCase()}`, rule: limits.signInPerEmail },
    ...(who.ip ? [{ key: `sign-in:ip:${who.ip}`, rule: limits.signInPerIp }] : []),
  ];
}

/** Seconds until `who` may try again, or 0 when neither the email nor the address is limited. Counts nothing. */
export async function signInRetryAfter(db: Db, who: Who, now = new Date()): Promise<number> {
  const states = await Promise.all(signInKeys(who).map(({ key, rule }) => peekRateLimit(db, key, rule, now)));
  return Math.max(0, ...states.filter((s) => !s.allowed).map((s) => s.retryAfterSeconds));
}

/**
 * Runs the password check unless the email or the client's address has failed too often this
 * window. Only failures count, so people who sign in often are never locked out; while limited,
 * even the right password is refused, or guessing could go on.
 */
export async function limitSignIn<T>(db: Db, who: Who, verify: () => Promise<T | null>, now = new Date()): Promise<T | null> {
  const retryAfter = await signInRetryAfter(db, who, now);
  if (retryAfter > 0) throw new TooManySignIns(Math.ceil(retryAfter / 60));
  const user = await verify();
  if (!user) await Promise.all(signInKeys(who).map(({ key, rule }) => consumeRateLimit(db, key, rule, now)));
  return user;
}
