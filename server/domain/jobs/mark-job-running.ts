import { and, eq } from "drizzle-orm";
import { prospectingJobs } from "@/db/schema";
import { lockWorkspaceEvents, publishEvent } from "@/server/domain/events/publish-event";
import { withScope, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { toJobView, type JobView } from "./job-view";

/** The run's first step: the job is running and `pipeline_start` is out, once even if retried. */
export async function markJobRunning(scope: WorkspaceScope, jobId: string): Promise<JobView> {
  return scope.db.transaction(async (tx) => {
    await lockWorkspaceEvents({ db: tx }, scope.workspaceId);
    const [job] = await tx
      .select()
      .from(prospectingJobs)
      .where(and(eq(prospectingJobs.id, jobId), eq(prospectingJobs.workspaceId, scope.workspaceId)))
      .for("update");
    if (!job) throw new Error(`job ${jobId} not found in workspace ${scope.workspaceId}`);
    if (job.status !== "queued") return toJobView(job);
    const [running] = await tx.update(prospectingJobs).set({ status: "running", startedAt: new Date() }).where(eq(prospectingJobs.id, jobId)).returning();
    await publishEvent(withScope(scope, tx), {
      workspaceId: scope.workspaceId,
      jobId,
      type: "pipeline_start",
      payload: { job: { id: jobId, requestedCount: job.requestedCount, source: job.source.kind } },
    });
    return toJobView(running!);
  });
}
