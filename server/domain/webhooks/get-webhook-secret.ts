import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { getWebhookEndpointOrThrow } from "./get-webhook-endpoint";

/** The endpoint's signing secret, for the owner to copy into the receiving system. */
export async function getWebhookSecret(scope: WorkspaceScope, id: string): Promise<{ secret: string }> {
  const endpoint = await getWebhookEndpointOrThrow(scope, id);
  return { secret: endpoint.secret };
}
