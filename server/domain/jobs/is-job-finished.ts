import { and, eq } from "drizzle-orm";
import { prospectingJobs } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

export async function isJobFinished(scope: WorkspaceScope, jobId: string): Promise<boolean> {
  const job = await scope.db.query.prospectingJobs.findFirst({
    where: and(eq(prospectingJobs.id, jobId), eq(prospectingJobs.workspaceId, scope.workspaceId)),
    columns: { status: true },
  });
  return job?.status === "completed" || job?.status === "failed";
}
