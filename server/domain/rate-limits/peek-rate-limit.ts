import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rateLimitWindows } from "@/db/schema";
import type { RateLimit, RateLimitResult } from "./consume-rate-limit";

/**
 * Whether one more attempt against `key` would be allowed, without counting it: for limits that
 * count only some outcomes (failed sign-ins, started runs), checked before and counted after.
 */
export async function peekRateLimit(db: DbOrTx, key: string, rule: RateLimit, now = new Date()): Promise<RateLimitResult & { count: number }> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const [row] = await db
    .select({ count: rateLimitWindows.count })
    .from(rateLimitWindows)
    .where(and(eq(rateLimitWindows.key, key), eq(rateLimitWindows.windowStart, windowStart)));
  const count = row?.count ?? 0;
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000));
  return { allowed: count < rule.limit, remaining: Math.max(0, rule.limit - count), retryAfterSeconds, limit: rule.limit, count };
}
