import { and, eq } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";

/** The scope's endpoint, or NOT_FOUND (another workspace's endpoint is not found either). */
export async function getWebhookEndpointOrThrow(scope: WorkspaceScope, id: string) {
  const [row] = await scope.db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.workspaceId, scope.workspaceId)));
  if (!row) throw new AppError("NOT_FOUND", "This webhook endpoint does not exist (it may have been deleted).");
  return row;
}
