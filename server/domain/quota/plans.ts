import type { planIds } from "@/db/schema";

export type PlanId = (typeof planIds)[number];
export type Plan = { id: PlanId; label: string; limit: number | null; period: "day" | "week" };

/** Leads a workspace may enrich per period (PRODUCT.md). null: unlimited, by contract. */
export const plans: Record<PlanId, Plan> = {
  free: { id: "free", label: "Free", limit: 10, period: "week" },
  starter: { id: "starter", label: "Starter", limit: 75, period: "day" },
  pro: { id: "pro", label: "Pro", limit: 500, period: "day" },
  enterprise: { id: "enterprise", label: "Enterprise", limit: null, period: "day" },
};

export const MAX_LEADS_PER_RUN = 100;

/** The period containing `now`: UTC days, or ISO weeks starting Monday 00:00 UTC. */
export function periodFor(plan: Plan, now: Date): { start: Date; end: Date } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (plan.period === "week") start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + (plan.period === "week" ? 7 : 1));
  return { start, end };
}
