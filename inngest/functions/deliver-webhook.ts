import { inngest } from "@/inngest/client";
import { webhookDeliveryRequested } from "@/inngest/events";
import { scopeFor } from "@/inngest/pipeline/scope-for";
import { attemptWebhookDelivery } from "@/server/domain/webhooks/attempt-webhook-delivery";

const RETRIES = 5;

/**
 * One outbox delivery to its endpoint, signed to the Standard Webhooks spec. A failed attempt
 * is recorded, then thrown so the engine retries it with backoff; the last one marks the
 * delivery failed instead of throwing. Attempts are idempotent: a delivered (or claimed)
 * delivery is skipped.
 */
export const deliverWebhook = inngest.createFunction(
  {
    id: "deliver-webhook",
    retries: RETRIES,
    concurrency: { limit: 10, key: "event.data.workspaceId" },
    triggers: [webhookDeliveryRequested],
  },
  async ({ event, step, attempt, maxAttempts }) => {
    const { workspaceId, deliveryId } = event.data;
    const scope = await scopeFor(workspaceId);
    const result = await step.run("deliver", async () => {
      const outcome = await attemptWebhookDelivery(scope, { deliveryId, attempt, maxAttempts: maxAttempts ?? RETRIES + 1 });
      if (outcome.status === "pending") throw new Error(`Webhook delivery failed: ${outcome.error}`);
      return outcome;
    });
    return { deliveryId, ...result };
  },
);
