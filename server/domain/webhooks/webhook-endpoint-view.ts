import type { webhookDeliveries, webhookEndpoints } from "@/db/schema";

type EndpointRow = typeof webhookEndpoints.$inferSelect;
type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/** An endpoint as settings show it; its signing secret only comes on the owner's request (`webhooks.secret`). */
export type WebhookEndpointView = Pick<EndpointRow, "id" | "url" | "description" | "events" | "enabled" | "createdAt">;

export function toWebhookEndpointView(row: EndpointRow): WebhookEndpointView {
  return { id: row.id, url: row.url, description: row.description, events: row.events, enabled: row.enabled, createdAt: row.createdAt };
}

/** One line of the delivery log. */
export type WebhookDeliveryView = Pick<
  DeliveryRow,
  "id" | "endpointId" | "eventId" | "eventType" | "messageId" | "status" | "attempts" | "lastStatusCode" | "lastError" | "createdAt" | "deliveredAt"
>;

export function toWebhookDeliveryView(row: DeliveryRow): WebhookDeliveryView {
  const { id, endpointId, eventId, eventType, messageId, status, attempts, lastStatusCode, lastError, createdAt, deliveredAt } = row;
  return { id, endpointId, eventId, eventType, messageId, status, attempts, lastStatusCode, lastError, createdAt, deliveredAt };
}
