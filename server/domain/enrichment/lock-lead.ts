import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { leads } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

/** The lead row, locked for the rest of the transaction: writers of one lead take turns. */
export async function lockLead(scope: WorkspaceScope & { db: DbOrTx }, leadId: string) {
  const [lead] = await scope.db
    .select()
    .from(leads)
    .where(and(eq(leads.id, leadId), eq(leads.workspaceId, scope.workspaceId)))
    .for("update");
  if (!lead) throw new Error(`lead ${leadId} not found in workspace ${scope.workspaceId}`);
  return lead;
}
