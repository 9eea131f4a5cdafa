import type { Db } from "@/db/client";
import { inngest } from "@/inngest/client";
import { leadEnrichmentRequested } from "@/inngest/events";
import { sendUnsentWebhooks, withWebhooks } from "@/inngest/send-unsent-webhooks";
import {
  adminLeadIdInput,
  adminWindowInput,
  changePlanInput,
  grantQuotaInput,
  listAdminJobsInput,
  resetQuotaInput,
  searchWorkspacesInput,
} from "@/server/api/schemas/admin";
import { createTRPCRouter, staffProcedure } from "@/server/api/trpc";
import { adjustQuota } from "@/server/domain/admin/adjust-quota";
import { changePlan } from "@/server/domain/admin/change-plan";
import { getAdminHealth } from "@/server/domain/admin/get-admin-health";
import { getAdminTotals } from "@/server/domain/admin/get-admin-totals";
import { getAgentErrors } from "@/server/domain/admin/get-agent-errors";
import { getAgentPerformance } from "@/server/domain/admin/get-agent-performance";
import { getAgentTrend } from "@/server/domain/admin/get-agent-trend";
import { getEnrichmentDaily } from "@/server/domain/admin/get-enrichment-daily";
import { getPipelineTimes } from "@/server/domain/admin/get-pipeline-times";
import { listAdminJobs } from "@/server/domain/admin/list-admin-jobs";
import { listFailedLeads } from "@/server/domain/admin/list-failed-leads";
import { listWorkspaces } from "@/server/domain/admin/list-workspaces";
import { retryFailedLead } from "@/server/domain/admin/retry-failed-lead";
import { getEventBus } from "@/server/realtime/get-event-bus";

/** The workspace a staff action names, for what follows the action (its webhooks). */
const inWorkspace = (ctx: { db: Db }, input: { workspaceId: string }) => ({ db: ctx.db, workspaceId: input.workspaceId });

/** Staff only, across workspaces on purpose; to everyone else none of these exist (NOT_FOUND). */
export const adminRouter = createTRPCRouter({
  totals: staffProcedure.query(({ ctx }) => getAdminTotals(ctx)),
  health: staffProcedure.query(({ ctx }) => getAdminHealth({ db: ctx.db, bus: getEventBus })),
  workspaces: staffProcedure.input(searchWorkspacesInput).query(({ ctx, input }) => listWorkspaces(ctx, input)),
  changePlan: staffProcedure
    .input(changePlanInput)
    .mutation(({ ctx, input }) => withWebhooks(inWorkspace(ctx, input), () => changePlan(ctx, { ...input, staffEmail: ctx.member.email }))),
  grantQuota: staffProcedure
    .input(grantQuotaInput)
    .mutation(({ ctx, input }) => withWebhooks(inWorkspace(ctx, input), () => adjustQuota(ctx, { kind: "grant", ...input, staffEmail: ctx.member.email }))),
  resetQuota: staffProcedure
    .input(resetQuotaInput)
    .mutation(({ ctx, input }) => withWebhooks(inWorkspace(ctx, input), () => adjustQuota(ctx, { kind: "reset", ...input, staffEmail: ctx.member.email }))),
  jobs: staffProcedure.input(listAdminJobsInput).query(({ ctx, input }) => listAdminJobs(ctx, input)),
  failedLeads: staffProcedure.query(({ ctx }) => listFailedLeads(ctx)),
  retryLead: staffProcedure.input(adminLeadIdInput).mutation(({ ctx, input }) =>
    retryFailedLead(ctx, input.id, {
      enqueue: async (workspaceId, lead) => {
        await inngest.send(leadEnrichmentRequested.create({ workspaceId, jobId: lead.jobId!, leadId: lead.id }));
        await sendUnsentWebhooks({ db: ctx.db, workspaceId });
      },
    }),
  ),
  agentPerformance: staffProcedure.input(adminWindowInput).query(({ ctx, input }) => getAgentPerformance(ctx, input)),
  agentErrors: staffProcedure.input(adminWindowInput).query(({ ctx, input }) => getAgentErrors(ctx, input)),
  agentTrend: staffProcedure.input(adminWindowInput).query(({ ctx, input }) => getAgentTrend(ctx, input)),
  pipelineTimes: staffProcedure.input(adminWindowInput).query(({ ctx, input }) => getPipelineTimes(ctx, input)),
  enrichment: staffProcedure.input(adminWindowInput).query(({ ctx, input }) => getEnrichmentDaily(ctx, input)),
});
