import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { pipelineEvents, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { webhookMessageFor } from "./webhook-message-for";

/**
 * The outbox: in the transaction that writes a pipeline event, one pending delivery per enabled
 * endpoint of that workspace subscribed to it. Committed with the event or not at all, so a
 * receiver never hears of an event that was rolled back, nor misses one that was not.
 */
export async function enqueueWebhookDeliveries({ db }: { db: DbOrTx }, event: typeof pipelineEvents.$inferSelect): Promise<number> {
  const message = webhookMessageFor(event);
  if (!message) return 0;
  const endpoints = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.workspaceId, event.workspaceId), eq(webhookEndpoints.enabled, true), sql`${message.type} = any(${webhookEndpoints.events})`));
  if (endpoints.length === 0) return 0;
  const payload = JSON.stringify(message);
  await db.insert(webhookDeliveries).values(
    endpoints.map((endpoint) => ({
      workspaceId: event.workspaceId,
      endpointId: endpoint.id,
      eventId: event.id,
      eventType: message.type,
      messageId: `msg_${event.id}_${endpoint.id}`,
      payload,
    })),
  );
  return endpoints.length;
}
