import { and, eq, sql } from "drizzle-orm";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { checkWebhookUrl } from "./check-webhook-url";
import { postWebhook } from "./post-webhook";
import { signWebhook } from "./sign-webhook";
import { defaultWebhookUrlPolicy, type WebhookUrlPolicy } from "./webhook-url-policy";

export type WebhookAttempt = {
  /** pending: this attempt failed and another should follow; skipped: nothing to do here. */
  status: "succeeded" | "failed" | "pending" | "skipped";
  error: string | null;
};

type AttemptInput = { deliveryId: string; attempt: number; maxAttempts: number };
type AttemptOptions = { policy?: WebhookUrlPolicy; timeoutMs?: number };

/**
 * One delivery attempt. The row is claimed with FOR UPDATE SKIP LOCKED, so a second run for the
 * same delivery (a replay racing a retry) skips instead of posting twice; a delivery no longer
 * pending is skipped too. The attempt is recorded before returning; the caller retries "pending".
 * The URL passes the SSRF guard again here: its DNS may point somewhere else since it was saved.
 */
export async function attemptWebhookDelivery(scope: WorkspaceScope, input: AttemptInput, options: AttemptOptions = {}): Promise<WebhookAttempt> {
  return scope.db.transaction(async (tx) => {
    const [delivery] = await tx
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.id, input.deliveryId), eq(webhookDeliveries.workspaceId, scope.workspaceId)))
      .for("update", { skipLocked: true });
    if (!delivery || delivery.status !== "pending") return { status: "skipped", error: null };
    const [endpoint] = await tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, delivery.endpointId));

    let code: number | null = null;
    let error: string | null = null;
    let permanent = false;
    if (!endpoint?.enabled) {
      [error, permanent] = ["The endpoint was disabled before this event could be sent", true];
    } else {
      try {
        const { url, target } = await checkWebhookUrl(endpoint.url, options.policy ?? defaultWebhookUrlPolicy);
        const headers = signWebhook(endpoint.secret, delivery.messageId, delivery.payload);
        const response = await postWebhook(url, target, headers, delivery.payload, options.timeoutMs ?? 10_000);
        code = response.status;
        if (code < 200 || code > 299) error = `HTTP ${code}${response.body.trim() ? `: ${response.body.trim().slice(0, 300)}` : ""}`;
      } catch (cause) {
        error = cause instanceof Error ? cause.message : String(cause);
        // A URL refused by the SSRF guard stays refused; network errors may pass.
        permanent = cause instanceof AppError;
      }
    }
    const lastAttempt = input.attempt + 1 >= input.maxAttempts;
    const status = error === null ? "succeeded" : permanent || lastAttempt ? "failed" : "pending";
    await tx
      .update(webhookDeliveries)
      .set({
        status,
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        lastStatusCode: code,
        lastError: error,
        deliveredAt: status === "succeeded" ? new Date() : null,
      })
      .where(eq(webhookDeliveries.id, delivery.id));
    return { status, error };
  });
}
