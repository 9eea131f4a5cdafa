import type { LeadView } from "@/server/domain/leads/lead-view";

const tierStyle: Record<NonNullable<LeadView["tier"]>, string> = {
  high: "bg-emerald-500/15 text-emerald-300 ring-emerald-500/30",
  medium: "bg-amber-500/15 text-amber-300 ring-amber-500/30",
  low: "bg-zinc-500/15 text-zinc-300 ring-zinc-500/30",
  not_qualified: "bg-red-500/15 text-red-300 ring-red-500/30",
};

const statusLabel: Record<LeadView["status"], string> = {
  new: "Not enriched yet",
  queued: "Queued",
  processing: "Enriching",
  enriched: "Enriched",
  failed: "Failed",
};

export function LeadCard({ lead }: { lead: LeadView }) {
  const title = lead.companyName ?? lead.domain;
  return (
    <article
      data-testid="lead-card"
      data-domain={lead.domain}
      aria-label={`${title} (${lead.domain})`}
      className="rounded-xl border border-zinc-800 bg-zinc-900 p-3 shadow-sm transition-colors hover:border-zinc-700"
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="truncate text-sm font-semibold text-zinc-100">{title}</h3>
          {lead.companyName ? <p className="truncate font-mono text-xs text-zinc-400">{lead.domain}</p> : null}
        </div>
        {lead.score !== null && lead.tier ? (
          <span className={`shrink-0 rounded-md px-1.5 py-0.5 text-xs font-semibold ring-1 ${tierStyle[lead.tier]}`} title={`Fit score ${lead.score}, ${lead.tier} tier`}>
            {lead.score}
          </span>
        ) : null}
      </div>
      <p className="mt-2 text-xs text-zinc-500">{statusLabel[lead.status]}</p>
    </article>
  );
}
