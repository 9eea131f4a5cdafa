import { count, eq } from "drizzle-orm";
import { webhookEndpoints } from "@/db/schema";
import { createWebhookEndpointInput, type CreateWebhookEndpointInput } from "@/server/api/schemas/webhooks";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { checkWebhookUrl } from "./check-webhook-url";
import { generateWebhookSecret } from "./generate-webhook-secret";
import { toWebhookEndpointView, type WebhookEndpointView } from "./webhook-endpoint-view";
import { defaultWebhookUrlPolicy, type WebhookUrlPolicy } from "./webhook-url-policy";

const MAX_ENDPOINTS = 10;

/** Adds an endpoint after its URL passes the SSRF guard; its signing secret is made here, once. */
export async function createWebhookEndpoint(
  scope: WorkspaceScope,
  input: CreateWebhookEndpointInput,
  policy: WebhookUrlPolicy = defaultWebhookUrlPolicy,
): Promise<WebhookEndpointView & { secret: string }> {
  const parsed = createWebhookEndpointInput.parse(input);
  const { url } = await checkWebhookUrl(parsed.url, policy);
  const [existing] = await scope.db.select({ n: count() }).from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, scope.workspaceId));
  if (existing!.n >= MAX_ENDPOINTS) throw new AppError("CONFLICT", `A workspace can have up to ${MAX_ENDPOINTS} webhook endpoints: delete one first.`, "url");
  const [row] = await scope.db
    .insert(webhookEndpoints)
    .values({ workspaceId: scope.workspaceId, url: url.href, description: parsed.description || null, events: parsed.events, secret: generateWebhookSecret() })
    .returning();
  // The one answer that carries the secret unasked: whoever adds an endpoint needs it to verify.
  return { ...toWebhookEndpointView(row!), secret: row!.secret };
}
