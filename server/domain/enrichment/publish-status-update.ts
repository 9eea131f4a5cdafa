import { publishEvent } from "@/server/domain/events/publish-event";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

/** A `status_update` about one lead's enrichment, in the caller's transaction (which holds the workspace's event lock). */
export function publishStatusUpdate(scope: WorkspaceScope, { leadId, jobId }: { leadId: string; jobId: string | null }, payload: Record<string, unknown>) {
  return publishEvent(scope, { workspaceId: scope.workspaceId, jobId, leadId, type: "status_update", payload });
}
