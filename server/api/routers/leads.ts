import { createLeadInput } from "@/server/api/schemas/leads";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { createLead } from "@/server/domain/leads/create-lead";
import { listLeads } from "@/server/domain/leads/list-leads";

export const leadsRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listLeads(ctx.scope)),
  create: protectedProcedure
    .input(createLeadInput)
    .mutation(({ ctx, input }) => createLead(ctx.scope, { domain: input.domain, createdBy: ctx.member.userId })),
});
