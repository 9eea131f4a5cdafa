import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { quotaLedger, workspaces } from "@/db/schema";
import { lockWorkspaceEvents, publishEvent } from "@/server/domain/events/publish-event";
import { lockQuota } from "@/server/domain/quota/lock-quota";
import { plans, type PlanId } from "@/server/domain/quota/plans";
import type { QuotaView } from "@/server/domain/quota/quota-view";
import { AppError } from "@/server/errors";

/** Moves a workspace to another plan; its quota follows at once, the ledger says who moved it, and the board's meter hears of it. */
export async function changePlan({ db }: { db: Db }, input: { workspaceId: string; plan: string; staffEmail: string }): Promise<QuotaView> {
  if (!Object.hasOwn(plans, input.plan)) {
    throw new AppError("INVALID_INPUT", `"${input.plan}" is not a plan: choose one of ${Object.keys(plans).join(", ")}.`, "plan");
  }
  const plan = input.plan as PlanId;
  return db.transaction(async (tx) => {
    const scope = { db: tx, workspaceId: input.workspaceId };
    await lockWorkspaceEvents(scope, input.workspaceId);
    const [before] = await tx.select({ plan: workspaces.plan }).from(workspaces).where(eq(workspaces.id, input.workspaceId)).for("update");
    if (!before) throw new AppError("NOT_FOUND", "That workspace no longer exists.");
    await tx.update(workspaces).set({ plan }).where(eq(workspaces.id, input.workspaceId));
    const quota = await lockQuota(scope);
    const reason = `plan changed from ${plans[before.plan].label} to ${plans[plan].label} by ${input.staffEmail}`;
    // amount: how the period's allowance moved (0 between two unlimited plans, or for no change).
    const amount = (plans[plan].limit ?? 0) - (plans[before.plan].limit ?? 0);
    await tx.insert(quotaLedger).values({ workspaceId: input.workspaceId, kind: "plan", amount, reason, usedAfter: quota.used, reservedAfter: quota.reserved });
    await publishEvent(scope, { workspaceId: input.workspaceId, type: "quota_update", payload: { quota, change: { kind: "plan", plan, reason } } });
    return quota;
  });
}
