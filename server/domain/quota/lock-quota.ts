import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { quotaLedger, workspaceQuotas, workspaces } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { periodFor, plans } from "./plans";
import { toQuotaView, type QuotaView } from "./quota-view";

/**
 * Locks the workspace's quota row for the rest of the transaction, creating it or starting a
 * new period first (the reset is lazy: it happens on the first use after the period ends).
 * Reservations of runs still going carry over a reset; `used` and any staff grant start again from zero.
 */
export async function lockQuota(scope: WorkspaceScope & { db: DbOrTx }, now = new Date()): Promise<QuotaView> {
  const { db, workspaceId } = scope;
  const [workspace] = await db.select({ plan: workspaces.plan }).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!workspace) throw new Error(`workspace ${workspaceId} does not exist`);
  const plan = plans[workspace.plan];
  const period = periodFor(plan, now);
  await db
    .insert(workspaceQuotas)
    .values({ workspaceId, periodStart: period.start, periodEnd: period.end, limit: plan.limit })
    .onConflictDoNothing();
  let [row] = await db.select().from(workspaceQuotas).where(eq(workspaceQuotas.workspaceId, workspaceId)).for("update");
  if (row!.periodEnd <= now || row!.limit !== plan.limit) {
    const reset = row!.periodEnd <= now;
    [row] = await db
      .update(workspaceQuotas)
      .set({ periodStart: reset ? period.start : row!.periodStart, periodEnd: reset ? period.end : row!.periodEnd, limit: plan.limit, used: reset ? 0 : row!.used, bonus: reset ? 0 : row!.bonus, updatedAt: now })
      .where(eq(workspaceQuotas.workspaceId, workspaceId))
      .returning();
    if (reset) {
      await db.insert(quotaLedger).values({ workspaceId, kind: "reset", amount: 0, reason: `new ${plan.period} period`, usedAfter: 0, reservedAfter: row!.reserved });
    }
  }
  return toQuotaView(workspace.plan, row!);
}
