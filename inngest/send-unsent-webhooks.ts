import { inngest } from "@/inngest/client";
import { webhookDeliveryRequest } from "@/inngest/events";
import { listUnsentWebhookDeliveries } from "@/server/domain/webhooks/list-unsent-webhook-deliveries";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { loggerFor } from "@/server/observability/logger";

/**
 * Runs `work` (a change made outside the pipeline: a start, a retry, a staff grant), then asks the
 * engine to deliver whatever it wrote to the webhook outbox, so subscribers hear of it now rather
 * than at the next pipeline step. Each request's event id is the delivery's, so a delivery the
 * pipeline also finds still goes out once; if the engine cannot be reached the rows stay pending
 * and the next lookup sends them. Runs after a failure too: a refused start may have refunded.
 */
export async function withWebhooks<T>(scope: WorkspaceScope, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    await sendUnsentWebhooks(scope);
  }
}

export async function sendUnsentWebhooks(scope: WorkspaceScope): Promise<void> {
  try {
    const deliveries = await listUnsentWebhookDeliveries(scope);
    if (deliveries.length > 0) await inngest.send(deliveries.map((id) => webhookDeliveryRequest(scope.workspaceId, id)));
  } catch (error) {
    loggerFor({ workspaceId: scope.workspaceId }).warn({ err: error }, "webhook deliveries stay pending: the job engine did not take them");
  }
}
