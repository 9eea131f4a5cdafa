import { lt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { rateLimitWindows } from "@/db/schema";

export type RateLimit = { limit: number; windowMs: number };
export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number; limit: number };

/**
 * Counts one attempt against `key` in the current fixed window and says whether it is allowed.
 * One upsert, so every app instance shares the count; old windows are pruned now and then.
 */
export async function consumeRateLimit(db: DbOrTx, key: string, rule: RateLimit, now = new Date()): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const [row] = await db
    .insert(rateLimitWindows)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimitWindows.key, rateLimitWindows.windowStart], set: { count: sql`${rateLimitWindows.count} + 1` } })
    .returning({ count: rateLimitWindows.count });
  const count = row!.count;
  if (Math.random() < 0.01) await db.delete(rateLimitWindows).where(lt(rateLimitWindows.windowStart, new Date(now.getTime() - 24 * 3_600_000)));
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000));
  return { allowed: count <= rule.limit, remaining: Math.max(0, rule.limit - count), retryAfterSeconds, limit: rule.limit };
}
