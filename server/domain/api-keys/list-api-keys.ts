import { desc, eq } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { toApiKeyView, type ApiKeyView } from "./api-key-view";

/** The workspace's keys, newest first, revoked ones included so their history stays visible. */
export async function listApiKeys(scope: WorkspaceScope): Promise<ApiKeyView[]> {
  const rows = await scope.db.select().from(apiKeys).where(eq(apiKeys.workspaceId, scope.workspaceId)).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map(toApiKeyView);
}
