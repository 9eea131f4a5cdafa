import { businessContexts } from "@/db/schema";
import type { BusinessContextInput } from "@/server/api/schemas/business-context";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { getBusinessContext, type BusinessContextView } from "./get-business-context";

/** Replaces the workspace's ICP as a whole (one row per workspace) and returns it with its readiness. */
export async function saveBusinessContext(scope: WorkspaceScope, input: BusinessContextInput): Promise<BusinessContextView> {
  const values = {
    businessDescription: input.businessDescription,
    productService: input.productService,
    valueProposition: input.valueProposition,
    targetMarket: input.targetMarket,
    idealCustomer: input.idealCustomer,
    painPoints: input.painPoints,
    competitiveAdvantage: input.competitiveAdvantage,
    competitors: input.competitors,
    industryFocus: input.industryFocus,
    geographicFocus: input.geographicFocus,
    // An emptied extra query means "none", not a search for the empty string.
    extraQuery: input.extraQuery?.trim() || null,
    updatedAt: new Date(),
  };
  await scope.db
    .insert(businessContexts)
    .values({ workspaceId: scope.workspaceId, ...values })
    .onConflictDoUpdate({ target: businessContexts.workspaceId, set: values });
  return getBusinessContext(scope);
}
