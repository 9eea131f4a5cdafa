import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { leads } from "@/db/schema";
import { retryLead } from "@/server/domain/leads/retry-lead";
import type { LeadView } from "@/server/domain/leads/lead-view";
import { AppError } from "@/server/errors";

/** Staff retry a lead of any workspace: the retry itself runs in that lead's own workspace scope. */
export async function retryFailedLead({ db }: { db: Db }, leadId: string, deps: { enqueue: (workspaceId: string, lead: LeadView) => Promise<void> }): Promise<LeadView> {
  const [row] = await db.select({ workspaceId: leads.workspaceId }).from(leads).where(eq(leads.id, leadId));
  if (!row) throw new AppError("NOT_FOUND", "That lead no longer exists.");
  return retryLead({ db, workspaceId: row.workspaceId }, leadId, { enqueue: (lead) => deps.enqueue(row.workspaceId, lead) });
}
