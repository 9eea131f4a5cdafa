import { and, eq, sql } from "drizzle-orm";
import { crawledPages, leadFacts, leads } from "@/db/schema";
import { lockWorkspaceEvents } from "@/server/domain/events/publish-event";
import { toLeadView } from "@/server/domain/leads/lead-view";
import { getScoringProfile } from "@/server/domain/settings/get-scoring-profile";
import { getWorkspaceSettings } from "@/server/domain/settings/get-workspace-settings";
import { withScope, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { choosePlan, type PlanChoice } from "./choose-plan";
import { lockLead } from "./lock-lead";
import { publishStatusUpdate } from "./publish-status-update";
import type { PlannedAgent } from "./start-lead-enrichment";

export type DecidePlanInput = {
  leadId: string;
  jobId: string | null;
  /** The agents each plan runs after the ones already done, in order. */
  full: PlannedAgent[];
  limited: PlannedAgent[];
};

/**
 * Chooses the lead's plan from its fit score and what the crawler read, stores the plan and its
 * reason on the lead, resets its progress total to the chosen plan, and says so in a
 * `status_update`. A retried step finds the plan already chosen and returns it unchanged.
 */
export async function decideLeadPlan(scope: WorkspaceScope, input: DecidePlanInput): Promise<PlanChoice & { agents: PlannedAgent[] }> {
  const [profile, settings] = await Promise.all([getScoringProfile(scope), getWorkspaceSettings(scope)]);
  return scope.db.transaction(async (tx) => {
    await lockWorkspaceEvents({ db: tx }, scope.workspaceId);
    const txScope = withScope(scope, tx);
    const lead = await lockLead(txScope, input.leadId);
    if (lead.plan) return { plan: lead.plan, reason: lead.planReason ?? "", agents: lead.plan === "full" ? input.full : input.limited };

    const [fit] = await tx
      .select({ value: leadFacts.value })
      .from(leadFacts)
      .where(and(eq(leadFacts.leadId, input.leadId), eq(leadFacts.key, "score.fit")));
    const score = typeof (fit?.value as { score?: unknown } | undefined)?.score === "number" ? (fit!.value as { score: number }).score : null;
    const [text] = await tx
      .select({ chars: sql<number>`coalesce(sum(length(${crawledPages.page}->>'text')), 0)::int` })
      .from(crawledPages)
      .where(eq(crawledPages.leadId, input.leadId));
    const done = lead.progressDone;
    const choice = choosePlan({
      score,
      threshold: profile.threshold,
      textChars: text?.chars ?? 0,
      language: settings.language,
      fullCount: done + input.full.length,
      limitedCount: done + input.limited.length,
    });
    const agents = choice.plan === "full" ? input.full : input.limited;
    const [row] = await tx
      .update(leads)
      .set({ plan: choice.plan, planReason: choice.reason, progressTotal: done + agents.length, currentAgent: agents[0]?.name ?? null, statusMessage: choice.reason, updatedAt: new Date() })
      .where(eq(leads.id, input.leadId))
      .returning();
    await publishStatusUpdate(txScope, input, {
      agent: "orchestrator",
      label: "Orchestrator",
      status: "planned",
      message: choice.reason,
      plan: { kind: choice.plan, reason: choice.reason, agents },
      progress: { done, total: done + agents.length },
      next: agents[0] ?? null,
      lead: toLeadView(row!),
    });
    return { ...choice, agents };
  });
}
