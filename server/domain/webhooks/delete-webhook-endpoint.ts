import { and, eq } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";

/** Deletes an endpoint and (by cascade) its delivery log; runs still queued for it then skip. */
export async function deleteWebhookEndpoint(scope: WorkspaceScope, id: string): Promise<{ id: string }> {
  const deleted = await scope.db
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.workspaceId, scope.workspaceId)))
    .returning({ id: webhookEndpoints.id });
  if (deleted.length === 0) throw new AppError("NOT_FOUND", "This webhook endpoint does not exist (it may have been deleted).");
  return { id };
}
