import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { workspaces } from "@/db/schema";
import { lockWorkspaceEvents, publishEvent } from "@/server/domain/events/publish-event";
import { lockQuota } from "@/server/domain/quota/lock-quota";
import { plans, type PlanId } from "@/server/domain/quota/plans";
import type { QuotaView } from "@/server/domain/quota/quota-view";
import { AppError } from "@/server/errors";

/** Moves a workspace to another plan; its quota follows at once and the board's meter hears of it. */
export async function changePlan({ db }: { db: Db }, input: { workspaceId: string; plan: string; staffEmail: string }): Promise<QuotaView> {
  if (!Object.hasOwn(plans, input.plan)) {
    throw new AppError("INVALID_INPUT", `"${input.plan}" is not a plan: choose one of ${Object.keys(plans).join(", ")}.`, "plan");
  }
  const plan = input.plan as PlanId;
  return db.transaction(async (tx) => {
    const scope = { db: tx, workspaceId: input.workspaceId };
    await lockWorkspaceEvents(scope, input.workspaceId);
    const [row] = await tx.update(workspaces).set({ plan }).where(eq(workspaces.id, input.workspaceId)).returning({ id: workspaces.id });
    if (!row) throw new AppError("NOT_FOUND", "That workspace no longer exists.");
    const quota = await lockQuota(scope);
    const reason = `plan changed to ${plans[plan].label} by ${input.staffEmail}`;
    await publishEvent(scope, { workspaceId: input.workspaceId, type: "quota_update", payload: { quota, change: { kind: "plan", plan, reason } } });
    return quota;
  });
}
