import { and, asc, eq, gt, inArray, max } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { pipelineEvents } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { toWorkspaceEvent, type WorkspaceEvent } from "./workspace-event";

/** Events of one workspace after `afterId`, oldest first, at most `limit`. */
export async function listEventsAfter(scope: WorkspaceScope, afterId: number, limit = 500): Promise<WorkspaceEvent[]> {
  const rows = await scope.db
    .select()
    .from(pipelineEvents)
    .where(and(eq(pipelineEvents.workspaceId, scope.workspaceId), gt(pipelineEvents.id, afterId)))
    .orderBy(asc(pipelineEvents.id))
    .limit(limit);
  return rows.map(toWorkspaceEvent);
}

/** The newest event id of a workspace: the cursor a fresh snapshot is consistent with. */
export async function latestEventId(scope: WorkspaceScope): Promise<number> {
  const [row] = await scope.db
    .select({ id: max(pipelineEvents.id) })
    .from(pipelineEvents)
    .where(eq(pipelineEvents.workspaceId, scope.workspaceId));
  return row?.id ?? 0;
}

/** Rows by id across workspaces: the bus fetches each notified event once for all subscribers. */
export async function loadEventsByIds({ db }: { db: DbOrTx }, ids: number[]): Promise<WorkspaceEvent[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(pipelineEvents).where(inArray(pipelineEvents.id, ids)).orderBy(asc(pipelineEvents.id));
  return rows.map(toWorkspaceEvent);
}
