import type { pipelineEvents, WebhookEventType } from "@/db/schema";

type PipelineEventRow = typeof pipelineEvents.$inferSelect;

/** The body every delivery carries (its shape is part of the public contract). */
export type WebhookMessage = {
  type: WebhookEventType | "webhook.test";
  timestamp: string;
  data: { workspaceId: string; jobId: string | null; leadId: string | null; eventId: number | null } & Record<string, unknown>;
};

/** The webhook event a pipeline event becomes, or null: only enriched leads, finished jobs and quota changes go out. */
export function webhookMessageFor(event: PipelineEventRow): WebhookMessage | null {
  const type = webhookTypeOf(event);
  if (!type) return null;
  const { success: _success, ...payload } = event.payload;
  return {
    type,
    timestamp: event.createdAt.toISOString(),
    data: { workspaceId: event.workspaceId, jobId: event.jobId, leadId: event.leadId, eventId: event.id, ...payload },
  };
}

function webhookTypeOf(event: PipelineEventRow): WebhookEventType | null {
  if (event.type === "lead_enrichment_end") return event.payload.success === true ? "lead.enriched" : null;
  if (event.type === "pipeline_end") return "job.completed";
  if (event.type === "quota_update") return "quota.updated";
  return null;
}
