import { randomUUID } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { webhookDeliveries } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import type { RequestDelivery } from "./send-test-webhook";
import { toWebhookDeliveryView, type WebhookDeliveryView } from "./webhook-endpoint-view";

/**
 * Sends a finished delivery again: same payload and `webhook-id` (receivers de-duplicate on it),
 * a fresh round of attempts. One still being delivered is refused, so two rounds never race.
 */
export async function replayWebhookDelivery(scope: WorkspaceScope, deliveryId: string, deps: { request: RequestDelivery }): Promise<WebhookDeliveryView> {
  const [row] = await scope.db
    .update(webhookDeliveries)
    .set({ status: "pending", attempts: 0, lastStatusCode: null, lastError: null, deliveredAt: null })
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.workspaceId, scope.workspaceId), ne(webhookDeliveries.status, "pending")))
    .returning();
  if (!row) {
    const [existing] = await scope.db
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.workspaceId, scope.workspaceId)));
    if (!existing) throw new AppError("NOT_FOUND", "This delivery does not exist (its endpoint may have been deleted).");
    throw new AppError("CONFLICT", "This delivery is still being sent: replay it once it has succeeded or failed.");
  }
  // A new event id: the first request's id would be ignored by the engine as already seen.
  await deps.request({ workspaceId: scope.workspaceId, deliveryId, requestId: `webhook-replay-${deliveryId}-${randomUUID()}` });
  return toWebhookDeliveryView(row);
}
