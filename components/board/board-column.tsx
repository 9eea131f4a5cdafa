import type { LeadView } from "@/server/domain/leads/lead-view";
import { columnMeta, type ColumnId } from "./board-columns";
import { LeadCard } from "./lead-card";

export function BoardColumn({ id, leads }: { id: ColumnId; leads: LeadView[] }) {
  const meta = columnMeta[id];
  return (
    <section
      aria-labelledby={`column-${id}`}
      data-testid={`column-${id}`}
      className="flex max-h-full w-72 shrink-0 flex-col rounded-2xl border border-zinc-800/80 bg-zinc-900/40"
    >
      <header className="flex items-center gap-2 px-3 py-3">
        <span className={`h-2 w-2 rounded-full ${meta.accent} ${id === "processing" && leads.length ? "animate-pulse" : ""}`} />
        <h2 id={`column-${id}`} className="text-sm font-semibold text-zinc-200">
          {meta.label}
        </h2>
        <span className="ml-auto rounded-full bg-zinc-800 px-2 py-0.5 text-xs tabular-nums text-zinc-400" data-testid="column-count">
          {leads.length}
        </span>
      </header>
      <div className="flex min-h-24 flex-col gap-2 overflow-y-auto px-2 pb-2">
        {leads.length === 0 ? <p className="px-2 py-6 text-center text-xs text-zinc-600">No leads</p> : null}
        {leads.map((lead) => (
          <LeadCard key={lead.id} lead={lead} />
        ))}
      </div>
    </section>
  );
}
