import { and, eq } from "drizzle-orm";
import { prospectingJobs } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

export async function saveJobQueries(scope: WorkspaceScope, jobId: string, queries: string[]): Promise<string[]> {
  const unique = [...new Set(queries.map((q) => q.trim()).filter(Boolean))];
  await scope.db
    .update(prospectingJobs)
    .set({ queries: unique })
    .where(and(eq(prospectingJobs.id, jobId), eq(prospectingJobs.workspaceId, scope.workspaceId)));
  return unique;
}
