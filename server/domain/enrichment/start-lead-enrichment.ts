import { eq } from "drizzle-orm";
import { leads } from "@/db/schema";
import { lockWorkspaceEvents, publishEvent } from "@/server/domain/events/publish-event";
import { toLeadView } from "@/server/domain/leads/lead-view";
import { withScope, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { lockLead } from "./lock-lead";

export type PlannedAgent = { name: string; label: string };

/** Puts the lead in the processing column with its plan and first agent; `lead_enrichment_start` once. */
export async function startLeadEnrichment(scope: WorkspaceScope, input: { leadId: string; jobId: string | null; plan: PlannedAgent[]; reason: string }) {
  return scope.db.transaction(async (tx) => {
    await lockWorkspaceEvents({ db: tx }, scope.workspaceId);
    const lead = await lockLead(withScope(scope, tx), input.leadId);
    if (lead.status === "processing" || lead.status === "enriched" || lead.status === "failed") return { alreadyStarted: true };
    const [row] = await tx
      .update(leads)
      .set({
        status: "processing",
        progressDone: 0,
        progressTotal: input.plan.length,
        currentAgent: input.plan[0]?.name ?? null,
        statusMessage: input.plan[0] ? `${input.plan[0].label} starting` : null,
        plan: null,
        planReason: null,
        error: null,
        updatedAt: new Date(),
      })
      .where(eq(leads.id, input.leadId))
      .returning();
    await publishEvent(withScope(scope, tx), {
      workspaceId: scope.workspaceId,
      jobId: input.jobId,
      leadId: input.leadId,
      type: "lead_enrichment_start",
      payload: { lead: toLeadView(row!), plan: input.plan, reason: input.reason },
    });
    return { alreadyStarted: false };
  });
}
