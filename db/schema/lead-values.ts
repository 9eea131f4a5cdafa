// Plain values (no drizzle import) so client code can share them.

/** CRM stages in board order (PRODUCT.md); the live processing column is derived from `status`. */
export const leadStages = [
  "prospecting",
  "qualification",
  "analysis_refinement",
  "possibly_qualified",
  "in_review",
  "first_contact",
  "negotiation",
  "meeting_scheduled",
  "disqualified",
] as const;
export type LeadStage = (typeof leadStages)[number];

export const leadStatuses = ["new", "queued", "processing", "enriched", "failed"] as const;
export type LeadStatus = (typeof leadStatuses)[number];

export const leadTiers = ["high", "medium", "low", "not_qualified"] as const;
export type LeadTier = (typeof leadTiers)[number];
