import { randomUUID } from "node:crypto";
import { webhookDeliveries } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { getWebhookEndpointOrThrow } from "./get-webhook-endpoint";
import { toWebhookDeliveryView, type WebhookDeliveryView } from "./webhook-endpoint-view";
import type { WebhookMessage } from "./webhook-message-for";

export type RequestDelivery = (delivery: { workspaceId: string; deliveryId: string; requestId: string }) => Promise<void>;

/** Queues a `webhook.test` ping to one endpoint (even a disabled one is tried: it says why it fails). */
export async function sendTestWebhook(scope: WorkspaceScope, endpointId: string, deps: { request: RequestDelivery }): Promise<WebhookDeliveryView> {
  const endpoint = await getWebhookEndpointOrThrow(scope, endpointId);
  const id = randomUUID();
  const message: WebhookMessage = {
    type: "webhook.test",
    timestamp: new Date().toISOString(),
    data: { workspaceId: scope.workspaceId, jobId: null, leadId: null, eventId: null, message: "A test event from Nellia Prospector" },
  };
  const [row] = await scope.db
    .insert(webhookDeliveries)
    .values({ id, workspaceId: scope.workspaceId, endpointId: endpoint.id, eventType: "webhook.test", messageId: `msg_test_${id}`, payload: JSON.stringify(message) })
    .returning();
  await deps.request({ workspaceId: scope.workspaceId, deliveryId: id, requestId: `webhook-delivery-${id}` });
  return toWebhookDeliveryView(row!);
}
