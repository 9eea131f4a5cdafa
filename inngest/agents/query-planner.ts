import type { BusinessContextInput } from "@/server/api/schemas/business-context";
import type { WorkspaceLanguage } from "@/server/api/schemas/settings";

const portugueseRegions = /^(brasil|brazil|portugal|sao paulo|são paulo|rio de janeiro|minas gerais|nordeste|sul|sudeste|[a-z ]+ \(br\))$/i;

export type QueryPlan = { queries: string[]; message: string };

/** "logistics companies in Brazil", or "empresas de logística no Brasil" where Portuguese reads better. */
function phrase(industry: string, region: string, portuguese: boolean): string {
  if (!region) return portuguese ? `empresas de ${industry}` : `${industry} companies`;
  return portuguese ? `empresas de ${industry} em ${region}` : `${industry} companies in ${region}`;
}

/**
 * The job-level query planner: the ICP turned into web searches, most specific first (the user's
 * extra query, each industry in each region, in Portuguese too where the region or workspace
 * speaks it), then the ideal customer and target market in their own words. Deterministic, so
 * a retried step plans the same searches and a search costs nothing until it is run.
 */
export function queryPlanner(context: BusinessContextInput, language: WorkspaceLanguage = "en", max = 12): QueryPlan {
  const regions = context.geographicFocus.length ? context.geographicFocus : [""];
  const byIndustry = context.industryFocus.flatMap((industry) =>
    regions.flatMap((region) => {
      const portuguese = language === "pt-BR" || portugueseRegions.test(region.trim());
      return portuguese && language !== "pt-BR" ? [phrase(industry, region, false), phrase(industry, region, true)] : [phrase(industry, region, portuguese)];
    }),
  );
  const queries = [...(context.extraQuery ? [context.extraQuery] : []), ...byIndustry, context.idealCustomer, context.targetMarket]
    .map((q) => q.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const unique = [...new Map(queries.map((q) => [q.toLowerCase(), q])).values()].slice(0, max);
  const message = language === "pt-BR" ? `${unique.length} buscas planejadas a partir do seu ICP` : `${unique.length} searches planned from your ICP`;
  return { queries: unique, message };
}
