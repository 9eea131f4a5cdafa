import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { quotaLedger, workspaceQuotas, workspaces } from "@/db/schema";
import { lockWorkspaceEvents, publishEvent } from "@/server/domain/events/publish-event";
import { lockQuota } from "@/server/domain/quota/lock-quota";
import { toQuotaView, type QuotaView } from "@/server/domain/quota/quota-view";
import { AppError } from "@/server/errors";

export type QuotaAdjustment = { workspaceId: string; staffEmail: string } & ({ kind: "grant"; amount: number } | { kind: "reset" });

/**
 * Staff credit for the current period: a grant adds `amount` to the period's bonus (the workspace
 * can enrich that many more until the period ends, and the meter shows it as granted, never as
 * negative use); a reset sets `used` to zero. Either way one ledger row names the staff member,
 * and the board's meter hears of it.
 */
export async function adjustQuota({ db }: { db: Db }, input: QuotaAdjustment): Promise<QuotaView> {
  return db.transaction(async (tx) => {
    const scope = { db: tx, workspaceId: input.workspaceId };
    // The event lock first, as every event writer does, so this cannot deadlock with a running job.
    await lockWorkspaceEvents(scope, input.workspaceId);
    const [workspace] = await tx.select({ plan: workspaces.plan }).from(workspaces).where(eq(workspaces.id, input.workspaceId));
    if (!workspace) throw new AppError("NOT_FOUND", "That workspace no longer exists.");
    const before = await lockQuota(scope);
    const change = input.kind === "grant" ? { bonus: sql`${workspaceQuotas.bonus} + ${input.amount}` } : { used: sql`0` };
    const [row] = await tx.update(workspaceQuotas).set({ ...change, updatedAt: new Date() }).where(eq(workspaceQuotas.workspaceId, input.workspaceId)).returning();
    const amount = input.kind === "grant" ? input.amount : before.used;
    const reason = input.kind === "grant" ? `${input.amount} granted by ${input.staffEmail}` : `period usage of ${before.used} reset by ${input.staffEmail}`;
    await tx.insert(quotaLedger).values({ workspaceId: input.workspaceId, kind: input.kind, amount, reason, usedAfter: row!.used, reservedAfter: row!.reserved });
    const quota = toQuotaView(workspace.plan, row!);
    await publishEvent(scope, { workspaceId: input.workspaceId, type: "quota_update", payload: { quota, change: { kind: input.kind, amount, reason } } });
    return quota;
  });
}
