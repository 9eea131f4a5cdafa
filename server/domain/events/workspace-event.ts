import type { PipelineEventType } from "@/db/schema";
import type { pipelineEvents } from "@/db/schema";

/** Frontend event names (PRODUCT.md): what the browser and API clients see on the stream. */
export const frontendEventNames = [
  "job-started",
  "lead-created",
  "enrichment-progress",
  "lead-enriched",
  "lead-failed",
  "job-completed",
  "quota-update",
  "lead-updated",
] as const;
export type FrontendEventName = (typeof frontendEventNames)[number];

export type PipelineEventRow = typeof pipelineEvents.$inferSelect;

export type WorkspaceEvent = {
  id: number;
  name: FrontendEventName;
  type: PipelineEventType;
  workspaceId: string;
  jobId: string | null;
  leadId: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
};

const nameByType: Record<PipelineEventType, FrontendEventName | ((payload: Record<string, unknown>) => FrontendEventName)> = {
  pipeline_start: "job-started",
  lead_generated: "lead-created",
  lead_enrichment_start: "enrichment-progress",
  status_update: "enrichment-progress",
  lead_enrichment_end: (payload) => (payload.success === false ? "lead-failed" : "lead-enriched"),
  pipeline_end: "job-completed",
  quota_update: "quota-update",
  lead_updated: "lead-updated",
};

export function toWorkspaceEvent(row: PipelineEventRow): WorkspaceEvent {
  const name = nameByType[row.type];
  return {
    id: row.id,
    name: typeof name === "function" ? name(row.payload) : name,
    type: row.type,
    workspaceId: row.workspaceId,
    jobId: row.jobId,
    leadId: row.leadId,
    payload: row.payload,
    createdAt: row.createdAt,
  };
}
