import { eq } from "drizzle-orm";
import { businessContexts } from "@/db/schema";
import { missingForProspecting, type BusinessContextInput } from "@/server/api/schemas/business-context";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

export type BusinessContextView = BusinessContextInput & { ready: boolean; missing: string[] };

/** The workspace's ICP (empty if never saved) and whether it is complete enough to prospect. */
export async function getBusinessContext(scope: WorkspaceScope): Promise<BusinessContextView> {
  const [row] = await scope.db.select().from(businessContexts).where(eq(businessContexts.workspaceId, scope.workspaceId));
  const context: BusinessContextInput = {
    businessDescription: row?.businessDescription ?? "",
    productService: row?.productService ?? "",
    valueProposition: row?.valueProposition ?? "",
    targetMarket: row?.targetMarket ?? "",
    idealCustomer: row?.idealCustomer ?? "",
    painPoints: row?.painPoints ?? [],
    competitiveAdvantage: row?.competitiveAdvantage ?? "",
    competitors: row?.competitors ?? [],
    industryFocus: row?.industryFocus ?? [],
    geographicFocus: row?.geographicFocus ?? [],
    extraQuery: row?.extraQuery ?? null,
  };
  const missing = missingForProspecting(context);
  return { ...context, ready: missing.length === 0, missing: missing.map((m) => m.label) };
}
