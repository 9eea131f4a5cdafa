import { createTRPCRouter, ownerProcedure, protectedProcedure } from "@/server/api/trpc";
import { apiKeyIdInput, createApiKeyInput } from "@/server/domain/api-keys/api-key-input";
import { createApiKey } from "@/server/domain/api-keys/create-api-key";
import { listApiKeys } from "@/server/domain/api-keys/list-api-keys";
import { revokeApiKey } from "@/server/domain/api-keys/revoke-api-key";

export const apiKeysRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listApiKeys(ctx.scope)),
  create: ownerProcedure.input(createApiKeyInput).mutation(({ ctx, input }) => createApiKey(ctx.scope, { name: input.name, createdBy: ctx.member.userId })),
  revoke: ownerProcedure.input(apiKeyIdInput).mutation(({ ctx, input }) => revokeApiKey(ctx.scope, input.id)),
});
