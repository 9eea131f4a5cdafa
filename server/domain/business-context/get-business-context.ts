import { eq, getTableColumns } from "drizzle-orm";
import { businessContexts } from "@/db/schema";
import { emptyBusinessContext, missingForProspecting, type BusinessContextInput } from "@/server/api/schemas/business-context";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

export type BusinessContextView = BusinessContextInput & { ready: boolean; missing: string[] };

// The ICP's own columns: the row's key and timestamp are not part of what the form edits.
const { workspaceId: _workspaceId, updatedAt: _updatedAt, ...contextColumns } = getTableColumns(businessContexts);

/** The workspace's ICP (empty if never saved) and whether it is complete enough to prospect. */
export async function getBusinessContext(scope: WorkspaceScope): Promise<BusinessContextView> {
  const [row] = await scope.db.select(contextColumns).from(businessContexts).where(eq(businessContexts.workspaceId, scope.workspaceId));
  const context: BusinessContextInput = row ?? emptyBusinessContext;
  const missing = missingForProspecting(context);
  return { ...context, ready: missing.length === 0, missing: missing.map((m) => m.label) };
}
