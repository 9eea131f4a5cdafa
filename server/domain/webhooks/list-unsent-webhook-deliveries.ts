import { and, asc, eq } from "drizzle-orm";
import { webhookDeliveries } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

/**
 * Deliveries of the workspace not yet attempted, oldest first. Several lookups may return the
 * same delivery; its request event's id (`webhookDeliveryRequest`) makes the engine start it once.
 */
export async function listUnsentWebhookDeliveries(scope: WorkspaceScope, limit = 200): Promise<string[]> {
  const rows = await scope.db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.workspaceId, scope.workspaceId), eq(webhookDeliveries.status, "pending"), eq(webhookDeliveries.attempts, 0)))
    .orderBy(asc(webhookDeliveries.createdAt))
    .limit(limit);
  return rows.map((r) => r.id);
}
