import type { workspaceQuotas } from "@/db/schema";
import { plans, type PlanId } from "./plans";

export type QuotaView = {
  plan: PlanId;
  planLabel: string;
  limit: number | null;
  used: number;
  reserved: number;
  /** null: unlimited. */
  remaining: number | null;
  periodStart: Date;
  resetsAt: Date;
};

export function toQuotaView(plan: PlanId, row: typeof workspaceQuotas.$inferSelect): QuotaView {
  return {
    plan,
    planLabel: plans[plan].label,
    limit: row.limit,
    used: row.used,
    reserved: row.reserved,
    remaining: row.limit === null ? null : Math.max(row.limit - row.used - row.reserved, 0),
    periodStart: row.periodStart,
    resetsAt: row.periodEnd,
  };
}
