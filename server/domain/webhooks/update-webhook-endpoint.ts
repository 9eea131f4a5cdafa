import { and, eq } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema";
import { updateWebhookEndpointInput, type UpdateWebhookEndpointInput } from "@/server/api/schemas/webhooks";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { getWebhookEndpointOrThrow } from "./get-webhook-endpoint";
import { toWebhookEndpointView, type WebhookEndpointView } from "./webhook-endpoint-view";

/** Turns an endpoint on or off and changes what it subscribes to; events already queued still go out. */
export async function updateWebhookEndpoint(scope: WorkspaceScope, input: UpdateWebhookEndpointInput): Promise<WebhookEndpointView> {
  const { id, enabled, events } = updateWebhookEndpointInput.parse(input);
  const current = await getWebhookEndpointOrThrow(scope, id);
  if (enabled === undefined && events === undefined) return toWebhookEndpointView(current);
  const [row] = await scope.db
    .update(webhookEndpoints)
    .set({ ...(enabled === undefined ? {} : { enabled }), ...(events === undefined ? {} : { events }) })
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.workspaceId, scope.workspaceId)))
    .returning();
  return toWebhookEndpointView(row!);
}
