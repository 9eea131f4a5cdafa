import { inngest } from "@/inngest/client";
import { leadEnrichmentRequested } from "@/inngest/events";
import { withWebhooks } from "@/inngest/send-unsent-webhooks";
import { createLeadInput, leadIdInput, moveLeadInput } from "@/server/api/schemas/leads";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { createLead } from "@/server/domain/leads/create-lead";
import { getLeadDetailOrThrow } from "@/server/domain/leads/get-lead-detail";
import { listLeads } from "@/server/domain/leads/list-leads";
import { moveLead } from "@/server/domain/leads/move-lead";
import { retryLead } from "@/server/domain/leads/retry-lead";

export const leadsRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listLeads(ctx.scope)),
  get: protectedProcedure.input(leadIdInput).query(({ ctx, input }) => getLeadDetailOrThrow(ctx.scope, input.id)),
  create: protectedProcedure
    .input(createLeadInput)
    .mutation(({ ctx, input }) => createLead(ctx.scope, { domain: input.domain, createdBy: ctx.member.userId })),
  move: protectedProcedure.input(moveLeadInput).mutation(({ ctx, input }) => moveLead(ctx.scope, input)),
  retry: protectedProcedure.input(leadIdInput).mutation(({ ctx, input }) =>
    withWebhooks(ctx.scope, () =>
      retryLead(ctx.scope, input.id, {
        enqueue: async (lead) => void (await inngest.send(leadEnrichmentRequested.create({ workspaceId: ctx.scope.workspaceId, jobId: lead.jobId!, leadId: lead.id }))),
      }),
    ),
  ),
});
