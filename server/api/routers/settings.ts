import { businessContextInput } from "@/server/api/schemas/business-context";
import { languageInput, scoringProfileInput } from "@/server/api/schemas/settings";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { getBusinessContext } from "@/server/domain/business-context/get-business-context";
import { saveBusinessContext } from "@/server/domain/business-context/save-business-context";
import { getScoringProfile } from "@/server/domain/settings/get-scoring-profile";
import { getWorkspaceSettings } from "@/server/domain/settings/get-workspace-settings";
import { saveScoringProfile } from "@/server/domain/settings/save-scoring-profile";
import { saveWorkspaceLanguage } from "@/server/domain/settings/save-workspace-language";

export const settingsRouter = createTRPCRouter({
  businessContext: protectedProcedure.query(({ ctx }) => getBusinessContext(ctx.scope)),
  saveBusinessContext: protectedProcedure.input(businessContextInput).mutation(({ ctx, input }) => saveBusinessContext(ctx.scope, input)),
  scoringProfile: protectedProcedure.query(({ ctx }) => getScoringProfile(ctx.scope)),
  saveScoringProfile: protectedProcedure.input(scoringProfileInput).mutation(({ ctx, input }) => saveScoringProfile(ctx.scope, input)),
  workspace: protectedProcedure.query(({ ctx }) => getWorkspaceSettings(ctx.scope)),
  saveLanguage: protectedProcedure.input(languageInput).mutation(({ ctx, input }) => saveWorkspaceLanguage(ctx.scope, input.language)),
});
