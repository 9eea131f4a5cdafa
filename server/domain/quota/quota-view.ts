import type { workspaceQuotas } from "@/db/schema";
import { plans, type PlanId } from "./plans";

export type QuotaView = {
  plan: PlanId;
  planLabel: string;
  /** What the workspace may enrich this period: the plan's limit plus any staff grant. null: unlimited. */
  limit: number | null;
  /** Of `limit`, how many staff granted for this period. */
  bonus: number;
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
    limit: row.limit === null ? null : row.limit + row.bonus,
    bonus: row.bonus,
    used: row.used,
    reserved: row.reserved,
    remaining: row.limit === null ? null : Math.max(row.limit + row.bonus - row.used - row.reserved, 0),
    periodStart: row.periodStart,
    resetsAt: row.periodEnd,
  };
}
