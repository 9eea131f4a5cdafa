import { inngest } from "@/inngest/client";
import { jobRequested } from "@/inngest/events";
import { jobIdInput, startJobInput } from "@/server/api/schemas/jobs";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { getActiveJob, getJobOrThrow } from "@/server/domain/jobs/get-job";
import { startJob } from "@/server/domain/jobs/start-job";

export const jobsRouter = createTRPCRouter({
  start: protectedProcedure.input(startJobInput).mutation(({ ctx, input }) =>
    startJob(
      ctx.scope,
      { ...input, createdBy: ctx.member.userId },
      { enqueue: async (job) => void (await inngest.send(jobRequested.create({ workspaceId: ctx.scope.workspaceId, jobId: job.id }))) },
    ),
  ),
  get: protectedProcedure.input(jobIdInput).query(({ ctx, input }) => getJobOrThrow(ctx.scope, input.id)),
  active: protectedProcedure.query(({ ctx }) => getActiveJob(ctx.scope)),
});
