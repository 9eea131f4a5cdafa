import { asc, eq } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { toWebhookEndpointView, type WebhookEndpointView } from "./webhook-endpoint-view";

export async function listWebhookEndpoints(scope: WorkspaceScope): Promise<WebhookEndpointView[]> {
  const rows = await scope.db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.workspaceId, scope.workspaceId))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
  return rows.map(toWebhookEndpointView);
}
