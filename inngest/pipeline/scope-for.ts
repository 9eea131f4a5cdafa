import { getDb } from "@/db/database";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

/** Functions act for the workspace named in their event, through the same scope as procedures. */
export async function scopeFor(workspaceId: string): Promise<WorkspaceScope> {
  return { db: await getDb(), workspaceId };
}
