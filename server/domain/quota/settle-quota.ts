import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { quotaLedger, workspaceQuotas } from "@/db/schema";
import { publishEvent } from "@/server/domain/events/publish-event";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { lockQuota } from "./lock-quota";
import { toQuotaView, type QuotaView } from "./quota-view";

export type Settlement = {
  jobId: string;
  leadId?: string | null;
  /** charge: an enriched lead is paid for; refund: a reserved lead was not (failed, duplicate, unused). */
  kind: "charge" | "refund";
  amount: number;
  reason: string;
};

/** Turns reserved quota into used (charge) or gives it back (refund), with its ledger row and event. */
export async function settleQuota(scope: WorkspaceScope & { db: DbOrTx }, input: Settlement): Promise<QuotaView | null> {
  if (input.amount <= 0) return null;
  const current = await lockQuota(scope);
  const amount = Math.min(input.amount, current.reserved);
  const [row] = await scope.db
    .update(workspaceQuotas)
    .set({
      reserved: sql`${workspaceQuotas.reserved} - ${amount}`,
      used: input.kind === "charge" ? sql`${workspaceQuotas.used} + ${amount}` : workspaceQuotas.used,
      updatedAt: new Date(),
    })
    .where(eq(workspaceQuotas.workspaceId, scope.workspaceId))
    .returning();
  const quota = toQuotaView(current.plan, row!);
  await scope.db.insert(quotaLedger).values({
    workspaceId: scope.workspaceId,
    jobId: input.jobId,
    leadId: input.leadId ?? null,
    kind: input.kind,
    amount,
    reason: input.reason,
    usedAfter: row!.used,
    reservedAfter: row!.reserved,
  });
  await publishEvent(scope, {
    workspaceId: scope.workspaceId,
    jobId: input.jobId,
    leadId: input.leadId ?? null,
    type: "quota_update",
    payload: { quota, change: { kind: input.kind, amount, reason: input.reason } },
  });
  return quota;
}
