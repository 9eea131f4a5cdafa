import { inngest } from "@/inngest/client";
import { jobRequested } from "@/inngest/events";
import { withWebhooks } from "@/inngest/send-unsent-webhooks";
import { estimateJobInput, jobIdInput, jobReceiptInput, startJobInput } from "@/server/api/schemas/jobs";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { estimateJob } from "@/server/domain/jobs/estimate-job";
import { getActiveJob, getJobOrThrow } from "@/server/domain/jobs/get-job";
import { getJobReceipt } from "@/server/domain/jobs/get-job-receipt";
import { getStartReadiness } from "@/server/domain/jobs/get-start-readiness";
import { startProspecting } from "@/server/domain/jobs/start-prospecting";
import { limitJobStarts } from "@/server/domain/rate-limits/limit-job-starts";

export const jobsRouter = createTRPCRouter({
  start: protectedProcedure.input(startJobInput).mutation(({ ctx, input }) =>
    limitJobStarts(ctx.scope, () =>
      withWebhooks(ctx.scope, () =>
        startProspecting(
          ctx.scope,
          { ...input, createdBy: ctx.member.userId },
          { enqueue: async (job) => void (await inngest.send(jobRequested.create({ workspaceId: ctx.scope.workspaceId, jobId: job.id }))) },
        ),
      ),
    ),
  ),
  // A mutation only because a CSV (up to 5 MB) cannot travel in a GET URL; it changes nothing.
  estimate: protectedProcedure.input(estimateJobInput).mutation(({ ctx, input }) => estimateJob(ctx.scope, input)),
  readiness: protectedProcedure.query(({ ctx }) => getStartReadiness(ctx.scope)),
  receipt: protectedProcedure.input(jobReceiptInput).query(({ ctx, input }) => getJobReceipt(ctx.scope, input)),
  get: protectedProcedure.input(jobIdInput).query(({ ctx, input }) => getJobOrThrow(ctx.scope, input.id)),
  active: protectedProcedure.query(({ ctx }) => getActiveJob(ctx.scope)),
});
