import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { getQuota } from "@/server/domain/quota/get-quota";

export const quotaRouter = createTRPCRouter({
  get: protectedProcedure.query(({ ctx }) => getQuota(ctx.scope)),
});
