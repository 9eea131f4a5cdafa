import type { Db } from "@/db/client";
import { rateLimitWindows, workspaceQuotas } from "@/db/schema";
import { periodFor, plans, type PlanId } from "@/server/domain/quota/plans";
import { jobStartsKey } from "@/server/domain/rate-limits/limit-job-starts";

/** The workspace has already enriched `used` leads this period (as earlier runs would have left it). */
export async function presetQuotaUse(db: Db, workspaceId: string, plan: PlanId, used: number) {
  const period = periodFor(plans[plan], new Date());
  const row = { workspaceId, periodStart: period.start, periodEnd: period.end, limit: plans[plan].limit, used };
  await db.insert(workspaceQuotas).values(row).onConflictDoUpdate({ target: workspaceQuotas.workspaceId, set: row });
}

/**
 * The workspace has already started `count` runs this minute. Written for the next few minutes
 * too: the limit counts per fixed one-minute window, and the test must not depend on which
 * window its requests land in.
 */
export async function presetRunStarts(db: Db, workspaceId: string, count: number, minutes = 5) {
  const windowMs = 60_000;
  const first = Math.floor(Date.now() / windowMs) * windowMs;
  const rows = Array.from({ length: minutes }, (_, i) => ({ key: jobStartsKey(workspaceId), windowStart: new Date(first + i * windowMs), count }));
  await db.insert(rateLimitWindows).values(rows);
}
