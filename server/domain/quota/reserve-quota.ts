import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { quotaLedger, workspaceQuotas } from "@/db/schema";
import { publishEvent } from "@/server/domain/events/publish-event";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { lockQuota } from "./lock-quota";
import { toQuotaView, type QuotaView } from "./quota-view";

/**
 * Holds `amount` leads of the workspace's quota for a run. The update only succeeds while
 * used + reserved + amount fits the limit (plus any staff grant), so two runs started at once can never overspend.
 */
export async function reserveQuota(scope: WorkspaceScope & { db: DbOrTx }, input: { jobId: string; amount: number }): Promise<QuotaView> {
  const current = await lockQuota(scope);
  const [row] = await scope.db
    .update(workspaceQuotas)
    .set({ reserved: sql`${workspaceQuotas.reserved} + ${input.amount}`, updatedAt: new Date() })
    .where(
      and(
        eq(workspaceQuotas.workspaceId, scope.workspaceId),
        sql`(${workspaceQuotas.limit} is null or ${workspaceQuotas.used} + ${workspaceQuotas.reserved} + ${input.amount} <= ${workspaceQuotas.limit} + ${workspaceQuotas.bonus})`,
      ),
    )
    .returning();
  if (!row) {
    const left = current.remaining ?? 0;
    throw new AppError(
      "QUOTA_EXCEEDED",
      left === 0
        ? `Your ${current.planLabel} plan's quota is used up until ${current.resetsAt.toUTCString()}. Upgrade, or start again after the reset.`
        : `Only ${left} lead${left === 1 ? "" : "s"} left on your ${current.planLabel} plan until ${current.resetsAt.toUTCString()}: ask for ${left} or fewer.`,
      "count",
    );
  }
  const quota = toQuotaView(current.plan, row);
  await scope.db.insert(quotaLedger).values({
    workspaceId: scope.workspaceId,
    jobId: input.jobId,
    kind: "reserve",
    amount: input.amount,
    reason: `reserved for a run of ${input.amount}`,
    usedAfter: row.used,
    reservedAfter: row.reserved,
  });
  await publishEvent(scope, { workspaceId: scope.workspaceId, jobId: input.jobId, type: "quota_update", payload: { quota, change: { kind: "reserve", amount: input.amount } } });
  return quota;
}
