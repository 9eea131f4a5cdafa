import { and, eq, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { leads } from "@/db/schema";

/**
 * The only way domain code reaches workspace data: every lead/job/event query takes a scope
 * and filters by its workspace, so a caller can never name another workspace's rows.
 */
export type WorkspaceScope = { db: DbOrTx; workspaceId: string };

export function withScope(scope: WorkspaceScope, db: DbOrTx): WorkspaceScope {
  return { db, workspaceId: scope.workspaceId };
}

export function leadsOf(scope: WorkspaceScope, ...conditions: (SQL | undefined)[]): SQL {
  return and(eq(leads.workspaceId, scope.workspaceId), ...conditions)!;
}
