import type { leads } from "@/db/schema";

type LeadRow = typeof leads.$inferSelect;

/** What the board and the stream carry for a lead: no internal columns. */
export type LeadView = Pick<
  LeadRow,
  | "id"
  | "jobId"
  | "domain"
  | "companyName"
  | "stage"
  | "status"
  | "score"
  | "position"
  | "industry"
  | "tier"
  | "source"
  | "progressDone"
  | "progressTotal"
  | "currentAgent"
  | "statusMessage"
  | "plan"
  | "planReason"
  | "error"
  | "createdAt"
  | "updatedAt"
>;

export function toLeadView(row: LeadRow): LeadView {
  const { id, jobId, domain, companyName, stage, status, score, position, industry, tier, source, progressDone, progressTotal, currentAgent, statusMessage, plan, planReason, error, createdAt, updatedAt } = row;
  return { id, jobId, domain, companyName, stage, status, score, position, industry, tier, source, progressDone, progressTotal, currentAgent, statusMessage, plan, planReason, error, createdAt, updatedAt };
}
