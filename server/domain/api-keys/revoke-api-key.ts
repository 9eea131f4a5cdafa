import { and, eq, isNull } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { toApiKeyView, type ApiKeyView } from "./api-key-view";

/** Revokes one of the scope's keys at once; revoking it again keeps the first revocation time. */
export async function revokeApiKey(scope: WorkspaceScope, id: string): Promise<ApiKeyView> {
  const own = and(eq(apiKeys.id, id), eq(apiKeys.workspaceId, scope.workspaceId));
  const [revoked] = await scope.db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(own, isNull(apiKeys.revokedAt)))
    .returning();
  if (revoked) return toApiKeyView(revoked);
  const existing = await scope.db.query.apiKeys.findFirst({ where: own });
  if (!existing) throw new AppError("NOT_FOUND", "No such API key in this workspace.");
  return toApiKeyView(existing);
}
