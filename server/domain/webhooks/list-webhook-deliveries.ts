import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import { webhookDeliveries } from "@/db/schema";
import { listWebhookDeliveriesInput, type ListWebhookDeliveriesInput } from "@/server/api/schemas/webhooks";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { getWebhookEndpointOrThrow } from "./get-webhook-endpoint";
import { toWebhookDeliveryView, type WebhookDeliveryView } from "./webhook-endpoint-view";

/** An endpoint's delivery log, newest first, a page at a time (keyset on created at + id). */
export async function listWebhookDeliveries(
  scope: WorkspaceScope,
  input: ListWebhookDeliveriesInput,
): Promise<{ items: WebhookDeliveryView[]; nextCursor: { createdAt: Date; id: string } | null }> {
  const { endpointId, cursor, limit } = listWebhookDeliveriesInput.parse(input);
  await getWebhookEndpointOrThrow(scope, endpointId);
  // Postgres keeps microseconds, a Date milliseconds: order and compare at the cursor's precision.
  const createdMs = sql<Date>`date_trunc('milliseconds', ${webhookDeliveries.createdAt})`;
  const at = cursor ? sql`${cursor.createdAt.toISOString()}::timestamptz` : null;
  const after = cursor ? or(sql`${createdMs} < ${at}`, and(sql`${createdMs} = ${at}`, lt(webhookDeliveries.id, cursor.id))) : undefined;
  const rows = await scope.db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.workspaceId, scope.workspaceId), eq(webhookDeliveries.endpointId, endpointId), after))
    .orderBy(desc(createdMs), desc(webhookDeliveries.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(toWebhookDeliveryView);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}
