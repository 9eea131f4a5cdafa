import { leadViewSchema } from "@/server/api/schemas/leads";
import type { WorkspaceEvent } from "@/server/domain/events/workspace-event";
import type { LeadSnapshot } from "@/server/domain/leads/list-leads";

/**
 * Folds a batch of stream events into the board's cached snapshot in one pass.
 * Idempotent: an event at or below the snapshot's cursor changes nothing.
 */
export function applyBoardEvents(snapshot: LeadSnapshot, events: WorkspaceEvent[]): LeadSnapshot {
  const fresh = events.filter((event) => event.id > snapshot.cursor);
  if (fresh.length === 0) return snapshot;
  const byId = new Map(snapshot.leads.map((lead) => [lead.id, lead]));
  const added = [];
  for (const event of fresh) {
    const parsed = leadViewSchema.safeParse(event.payload.lead);
    if (!parsed.success) continue;
    const lead = parsed.data;
    if (!byId.has(lead.id)) added.push(lead);
    byId.set(lead.id, lead);
  }
  const kept = snapshot.leads.map((lead) => byId.get(lead.id)!);
  return { leads: [...added.reverse(), ...kept], cursor: fresh.at(-1)!.id };
}
