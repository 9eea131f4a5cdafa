import type { WorkspaceEvent } from "@/server/domain/events/workspace-event";

/** One SSE frame: `id` resumes the stream, `event` is the frontend name, `data` is one JSON line. */
export function serializeEventFrame(event: WorkspaceEvent): string {
  const data = {
    id: event.id,
    name: event.name,
    type: event.type,
    job_id: event.jobId,
    lead_id: event.leadId,
    payload: event.payload,
    created_at: event.createdAt.toISOString(),
  };
  return `id: ${event.id}\nevent: ${event.name}\ndata: ${JSON.stringify(data)}\n\n`;
}
