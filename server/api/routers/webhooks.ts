import { inngest } from "@/inngest/client";
import { webhookDeliveryRequested } from "@/inngest/events";
import {
  createWebhookEndpointInput,
  listWebhookDeliveriesInput,
  updateWebhookEndpointInput,
  webhookDeliveryIdInput,
  webhookEndpointIdInput,
} from "@/server/api/schemas/webhooks";
import { createWebhookEndpoint } from "@/server/domain/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/server/domain/webhooks/delete-webhook-endpoint";
import { getWebhookSecret } from "@/server/domain/webhooks/get-webhook-secret";
import { listWebhookDeliveries } from "@/server/domain/webhooks/list-webhook-deliveries";
import { listWebhookEndpoints } from "@/server/domain/webhooks/list-webhook-endpoints";
import { replayWebhookDelivery } from "@/server/domain/webhooks/replay-webhook-delivery";
import { sendTestWebhook, type RequestDelivery } from "@/server/domain/webhooks/send-test-webhook";
import { updateWebhookEndpoint } from "@/server/domain/webhooks/update-webhook-endpoint";
import { createTRPCRouter, ownerProcedure, protectedProcedure } from "../trpc";

const request: RequestDelivery = async ({ workspaceId, deliveryId, requestId }) =>
  void (await inngest.send(webhookDeliveryRequested.create({ workspaceId, deliveryId }, { id: requestId })));

export const webhooksRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listWebhookEndpoints(ctx.scope)),
  create: ownerProcedure.input(createWebhookEndpointInput).mutation(({ ctx, input }) => createWebhookEndpoint(ctx.scope, input)),
  update: ownerProcedure.input(updateWebhookEndpointInput).mutation(({ ctx, input }) => updateWebhookEndpoint(ctx.scope, input)),
  delete: ownerProcedure.input(webhookEndpointIdInput).mutation(({ ctx, input }) => deleteWebhookEndpoint(ctx.scope, input.id)),
  secret: ownerProcedure.input(webhookEndpointIdInput).query(({ ctx, input }) => getWebhookSecret(ctx.scope, input.id)),
  test: protectedProcedure.input(webhookEndpointIdInput).mutation(({ ctx, input }) => sendTestWebhook(ctx.scope, input.id, { request })),
  deliveries: protectedProcedure.input(listWebhookDeliveriesInput).query(({ ctx, input }) => listWebhookDeliveries(ctx.scope, input)),
  replay: protectedProcedure.input(webhookDeliveryIdInput).mutation(({ ctx, input }) => replayWebhookDelivery(ctx.scope, input.deliveryId, { request })),
});
