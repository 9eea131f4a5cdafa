import { asc, desc } from "drizzle-orm";
import { leads } from "@/db/schema";
import { latestEventId } from "@/server/domain/events/list-events-after";
import { leadsOf, withScope, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { toLeadView, type LeadView } from "./lead-view";

export type LeadSnapshot = { leads: LeadView[]; cursor: number };

/**
 * The workspace's leads and the id of the last event they reflect, read in one snapshot:
 * a client that streams from `cursor` on top of this list misses nothing and repeats nothing.
 */
export async function listLeads(scope: WorkspaceScope): Promise<LeadSnapshot> {
  return scope.db.transaction(
    async (tx) => {
      const rows = await tx.select().from(leads).where(leadsOf(scope)).orderBy(asc(leads.position), desc(leads.createdAt), desc(leads.id));
      const cursor = await latestEventId(withScope(scope, tx));
      return { leads: rows.map(toLeadView), cursor };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
