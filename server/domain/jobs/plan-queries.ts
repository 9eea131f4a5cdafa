import type { BusinessContextInput } from "@/server/api/schemas/business-context";

/**
 * Search queries from the ICP, most specific first: each industry in each region, the ideal
 * customer in its own words, then the user's extra query. Deterministic, so a retried step
 * plans the same searches.
 */
export function planQueries(context: BusinessContextInput, max = 12): string[] {
  const regions = context.geographicFocus.length ? context.geographicFocus : [""];
  const queries = [
    ...(context.extraQuery ? [context.extraQuery] : []),
    ...context.industryFocus.flatMap((industry) => regions.map((region) => (region ? `${industry} companies in ${region}` : `${industry} companies`))),
    context.idealCustomer,
    context.targetMarket,
  ]
    .map((q) => q.trim())
    .filter(Boolean);
  return [...new Set(queries)].slice(0, max);
}
