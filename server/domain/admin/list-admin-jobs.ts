import { desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { prospectingJobs, workspaces } from "@/db/schema";

export type AdminJobStatus = (typeof prospectingJobs.$inferSelect)["status"];

/** Runs across every workspace, newest first, with their counts and timings. */
export async function listAdminJobs({ db }: { db: DbOrTx }, input: { status?: AdminJobStatus; limit: number }) {
  return db
    .select({
      id: prospectingJobs.id,
      workspaceId: prospectingJobs.workspaceId,
      workspaceName: workspaces.name,
      status: prospectingJobs.status,
      source: sql<string>`${prospectingJobs.source}->>'kind'`,
      requested: prospectingJobs.requestedCount,
      found: prospectingJobs.foundCount,
      duplicates: prospectingJobs.duplicateCount,
      enriched: prospectingJobs.enrichedCount,
      failed: prospectingJobs.failedCount,
      charged: prospectingJobs.charged,
      error: prospectingJobs.error,
      createdAt: prospectingJobs.createdAt,
      startedAt: prospectingJobs.startedAt,
      finishedAt: prospectingJobs.finishedAt,
      durationMs: sql<number | null>`(extract(epoch from (${prospectingJobs.finishedAt} - coalesce(${prospectingJobs.startedAt}, ${prospectingJobs.createdAt}))) * 1000)::int`,
    })
    .from(prospectingJobs)
    .innerJoin(workspaces, eq(workspaces.id, prospectingJobs.workspaceId))
    .where(input.status ? eq(prospectingJobs.status, input.status) : undefined)
    .orderBy(desc(prospectingJobs.createdAt))
    .limit(input.limit);
}
