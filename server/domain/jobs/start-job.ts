import { lockWorkspaceEvents } from "@/server/domain/events/publish-event";
import { and, eq, inArray } from "drizzle-orm";
import { prospectingJobs, type JobSource } from "@/db/schema";
import { getBusinessContext } from "@/server/domain/business-context/get-business-context";
import { lockQuota } from "@/server/domain/quota/lock-quota";
import { MAX_LEADS_PER_RUN } from "@/server/domain/quota/plans";
import { reserveQuota } from "@/server/domain/quota/reserve-quota";
import { settleQuota } from "@/server/domain/quota/settle-quota";
import { withScope, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { toJobView, type JobView } from "./job-view";

export type StartJobInput = {
  count: number;
  source: JobSource;
  createdBy: string | null;
  /** Duplicates and known companies dropped from a domain list before the run: free, and on its receipt. */
  skippedFree?: number;
}

/**
 * Starts a prospecting run: checks the ICP, refuses a second run while one is going, reserves
 * the quota and records the job in one transaction (under the quota row's lock, so concurrent
 * starts line up), then hands the job to the durable engine. If the engine cannot take it, the
 * reservation is given back and the user hears why.
 */
export async function startJob(scope: WorkspaceScope, input: StartJobInput, deps: { enqueue: (job: JobView) => Promise<void> }): Promise<JobView> {
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_LEADS_PER_RUN) {
    throw new AppError("INVALID_INPUT", `Choose between 1 and ${MAX_LEADS_PER_RUN} leads for one run.`, "count");
  }
  const context = await getBusinessContext(scope);
  if (!context.ready) {
    throw new AppError("PRECONDITION_FAILED", `Complete your business context before prospecting: add your ${context.missing.join(", ")}.`, "businessContext");
  }
  const job = await scope.db.transaction(async (tx) => {
    await lockWorkspaceEvents({ db: tx }, scope.workspaceId);
    const txScope = withScope(scope, tx);
    await lockQuota(txScope);
    const [running] = await tx
      .select()
      .from(prospectingJobs)
      .where(and(eq(prospectingJobs.workspaceId, scope.workspaceId), inArray(prospectingJobs.status, ["queued", "running"])))
      .limit(1);
    if (running) {
      const done = running.enrichedCount + running.failedCount;
      throw new AppError(
        "CONFLICT",
        `A run is already going (${done} of ${running.foundCount || running.requestedCount} leads done). One run at a time per workspace: start the next when it finishes.`,
        "count",
      );
    }
    const [created] = await tx
      .insert(prospectingJobs)
      .values({
        workspaceId: scope.workspaceId,
        requestedCount: input.count,
        source: input.source,
        reserved: input.count,
        duplicateCount: input.skippedFree ?? 0,
        createdBy: input.createdBy,
      })
      .returning();
    await reserveQuota(txScope, { jobId: created!.id, amount: input.count });
    return created!;
  });

  try {
    await deps.enqueue(toJobView(job));
  } catch (error) {
    await scope.db.transaction(async (tx) => {
      await tx.update(prospectingJobs).set({ status: "failed", error: "The job engine could not be reached.", finishedAt: new Date(), refunded: job.reserved }).where(eq(prospectingJobs.id, job.id));
      await settleQuota(withScope(scope, tx), { jobId: job.id, kind: "refund", amount: job.reserved, reason: "the run could not start" });
    });
    console.error("[jobs] could not enqueue job", job.id, error);
    throw new AppError("UNAVAILABLE", "The job engine is not reachable right now, so nothing was started or charged. Try again in a moment.");
  }
  return toJobView(job);
}
