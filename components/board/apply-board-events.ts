import { leadViewSchema } from "@/server/api/schemas/leads";
import type { WorkspaceEvent } from "@/server/domain/events/workspace-event";
import type { LeadView } from "@/server/domain/leads/lead-view";
import type { LeadSnapshot } from "@/server/domain/leads/list-leads";

/**
 * Folds a batch of stream events into the board's cached snapshot in one pass.
 * Idempotent: an event at or below the snapshot's cursor changes nothing.
 */
export function applyBoardEvents(snapshot: LeadSnapshot, events: WorkspaceEvent[]): LeadSnapshot {
  const fresh = events.filter((event) => event.id > snapshot.cursor);
  if (fresh.length === 0) return snapshot;
  // Only the batch's leads are indexed; every untouched lead keeps its identity, so its card is not re-rendered.
  const updates = new Map<string, LeadView>();
  for (const event of fresh) {
    const parsed = leadViewSchema.safeParse(event.payload.lead);
    if (parsed.success) updates.set(parsed.data.id, parsed.data);
  }
  if (updates.size === 0) return { leads: snapshot.leads, cursor: fresh.at(-1)!.id };
  const kept = snapshot.leads.map((lead) => {
    const next = updates.get(lead.id);
    if (!next) return lead;
    updates.delete(lead.id);
    return next;
  });
  return { leads: [...[...updates.values()].reverse(), ...kept], cursor: fresh.at(-1)!.id };
}
