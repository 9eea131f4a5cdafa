import { and, desc, eq, inArray } from "drizzle-orm";
import { prospectingJobs } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { toJobView, type JobView } from "./job-view";

export async function getJobOrThrow(scope: WorkspaceScope, jobId: string): Promise<JobView> {
  const job = await scope.db.query.prospectingJobs.findFirst({ where: and(eq(prospectingJobs.id, jobId), eq(prospectingJobs.workspaceId, scope.workspaceId)) });
  if (!job) throw new AppError("NOT_FOUND", "No such job in this workspace.");
  return toJobView(job);
}

/** The run going now, if any: the board's banner. */
export async function getActiveJob(scope: WorkspaceScope): Promise<JobView | null> {
  const job = await scope.db.query.prospectingJobs.findFirst({
    where: and(eq(prospectingJobs.workspaceId, scope.workspaceId), inArray(prospectingJobs.status, ["queued", "running"])),
    orderBy: desc(prospectingJobs.createdAt),
  });
  return job ? toJobView(job) : null;
}
