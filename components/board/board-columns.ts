import { leadStages, type LeadStage } from "@/db/schema/lead-values";
import type { LeadView } from "@/server/domain/leads/lead-view";

export type ColumnId = "processing" | LeadStage;

/** Each column's colour; its name is in the dictionary (`stages`), in the workspace's language. */
export const columnAccent: Record<ColumnId, string> = {
  processing: "bg-sky-400",
  prospecting: "bg-zinc-400",
  qualification: "bg-indigo-400",
  analysis_refinement: "bg-violet-400",
  possibly_qualified: "bg-fuchsia-400",
  in_review: "bg-amber-400",
  first_contact: "bg-orange-400",
  negotiation: "bg-lime-400",
  meeting_scheduled: "bg-emerald-400",
  disqualified: "bg-red-400",
};

export const columnOrder: ColumnId[] = ["processing", ...leadStages];

/** Leads being enriched (or waiting, or failed mid-run) sit in the live column, the rest in their stage. */
export function columnOf(lead: Pick<LeadView, "status" | "stage">): ColumnId {
  return lead.status === "queued" || lead.status === "processing" || lead.status === "failed" ? "processing" : lead.stage;
}

/** Leads by column, each column in its stored order (position, then newest first). */
export function groupByColumn<T extends Pick<LeadView, "status" | "stage" | "position" | "createdAt">>(leads: T[]): Record<ColumnId, T[]> {
  const groups = Object.fromEntries(columnOrder.map((id) => [id, [] as T[]])) as Record<ColumnId, T[]>;
  for (const lead of leads) groups[columnOf(lead)].push(lead);
  for (const id of columnOrder) groups[id].sort((a, b) => a.position - b.position || b.createdAt.getTime() - a.createdAt.getTime());
  return groups;
}
