import { and, eq, inArray } from "drizzle-orm";
import { leads, type LeadStage } from "@/db/schema";
import { lockWorkspaceEvents, publishEvent } from "@/server/domain/events/publish-event";
import { lockLead } from "@/server/domain/enrichment/lock-lead";
import { leadsOf, withScope, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { toLeadView, type LeadView } from "./lead-view";
import { positionBetween } from "./position-between";

/**
 * Moves a card to a stage, between two neighbours (or to the top). Positions are fractional, so
 * only the moved row changes; the move and its `lead_updated` event commit together.
 */
export async function moveLead(
  scope: WorkspaceScope,
  input: { id: string; stage: LeadStage; afterId: string | null; beforeId: string | null },
): Promise<LeadView> {
  return scope.db.transaction(async (tx) => {
    const txScope = withScope(scope, tx);
    await lockWorkspaceEvents({ db: tx }, scope.workspaceId);
    const lead = await lockLead(txScope, input.id).catch(() => {
      throw new AppError("NOT_FOUND", "That lead is no longer on your board.");
    });
    if (lead.status === "queued" || lead.status === "processing") {
      throw new AppError("CONFLICT", `${lead.companyName ?? lead.domain} is still being enriched; move it once it lands in a stage.`);
    }
    const neighbourIds = [input.afterId, input.beforeId].filter((id): id is string => Boolean(id) && id !== input.id);
    const neighbours = neighbourIds.length
      ? await tx
          .select({ id: leads.id, position: leads.position })
          .from(leads)
          .where(leadsOf(txScope, and(inArray(leads.id, neighbourIds), eq(leads.stage, input.stage))))
      : [];
    const above = neighbours.find((n) => n.id === input.afterId)?.position;
    const below = neighbours.find((n) => n.id === input.beforeId)?.position;
    const position = positionBetween(above, below);
    const [row] = await tx.update(leads).set({ stage: input.stage, position, updatedAt: new Date() }).where(eq(leads.id, input.id)).returning();
    const view = toLeadView(row!);
    await publishEvent(txScope, {
      workspaceId: scope.workspaceId,
      jobId: lead.jobId,
      leadId: lead.id,
      type: "lead_updated",
      payload: { lead: view, change: { kind: "moved", from: lead.stage, to: input.stage } },
    });
    return view;
  });
}
