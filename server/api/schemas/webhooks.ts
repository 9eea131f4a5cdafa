import { z } from "zod";
import { webhookEventTypes } from "@/db/schema/integrations";

const events = z
  .array(z.enum(webhookEventTypes, { error: `Choose events from: ${webhookEventTypes.join(", ")}` }))
  .min(1, "Choose at least one event to send")
  .transform((list) => [...new Set(list)]);

export const createWebhookEndpointInput = z.object({
  url: z.string().trim().min(1, "Enter the URL that should receive events").max(2_000, "Use a URL of at most 2,000 characters"),
  description: z.string().trim().max(200, "Use a description of at most 200 characters").optional(),
  events,
});
export type CreateWebhookEndpointInput = z.input<typeof createWebhookEndpointInput>;

export const updateWebhookEndpointInput = z.object({
  id: z.uuid("Unknown webhook endpoint"),
  enabled: z.boolean().optional(),
  events: events.optional(),
});
export type UpdateWebhookEndpointInput = z.infer<typeof updateWebhookEndpointInput>;

export const webhookEndpointIdInput = z.object({ id: z.uuid("Unknown webhook endpoint") });

export const listWebhookDeliveriesInput = z.object({
  endpointId: z.uuid("Unknown webhook endpoint"),
  /** The `createdAt` + `id` of the last row seen, for the next page. */
  cursor: z.object({ createdAt: z.date(), id: z.uuid() }).nullish(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type ListWebhookDeliveriesInput = z.input<typeof listWebhookDeliveriesInput>;

export const webhookDeliveryIdInput = z.object({ deliveryId: z.uuid("Unknown webhook delivery") });
