"use client";

import { agentLabel } from "@/components/i18n/agent-label";
import { useLabels } from "@/components/i18n/language-provider";
import type { LeadView } from "@/server/domain/leads/lead-view";

const tierStyle: Record<NonNullable<LeadView["tier"]>, string> = {
  high: "bg-emerald-500/15 text-emerald-300 ring-emerald-500/30",
  medium: "bg-amber-500/15 text-amber-300 ring-amber-500/30",
  low: "bg-zinc-500/15 text-zinc-300 ring-zinc-500/30",
  not_qualified: "bg-red-500/15 text-red-300 ring-red-500/30",
};

function Progress({ lead }: { lead: LeadView }) {
  const labels = useLabels();
  const t = labels.board.card;
  const pct = lead.progressTotal ? Math.round((lead.progressDone / lead.progressTotal) * 100) : 0;
  return (
    <div className="mt-2">
      <div className="flex justify-between text-xs text-zinc-400">
        <span className="truncate" data-testid="current-agent">
          {lead.status === "queued" ? t.waiting : lead.currentAgent ? agentLabel(labels, lead.currentAgent) : t.finishing}
        </span>
        <span className="tabular-nums">
          {lead.progressDone}/{lead.progressTotal || "?"}
        </span>
      </div>
      <div
        className="mt-1 h-1.5 overflow-hidden rounded-full bg-zinc-800"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={lead.progressTotal}
        aria-valuenow={lead.progressDone}
        aria-label={t.progress(lead.progressDone, lead.progressTotal)}
      >
        <div className="h-full rounded-full bg-sky-400 transition-[width] duration-300" style={{ width: `${pct}%` }} />
      </div>
      {lead.statusMessage ? <p className="mt-1 line-clamp-2 text-xs text-zinc-500">{lead.statusMessage}</p> : null}
    </div>
  );
}

export function LeadCard({ lead, onRetry }: { lead: LeadView; onRetry?: () => void }) {
  const labels = useLabels();
  const t = labels.board.card;
  const title = lead.companyName ?? lead.domain;
  const live = lead.status === "queued" || lead.status === "processing";
  return (
    <article
      data-testid="lead-card"
      data-domain={lead.domain}
      data-status={lead.status}
      aria-label={`${title} (${lead.domain})`}
      className={`rounded-xl border bg-zinc-900 p-3 shadow-sm transition-colors hover:border-zinc-700 ${lead.status === "failed" ? "border-red-900/70" : "border-zinc-800"}`}
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="truncate text-sm font-semibold text-zinc-100">{title}</h3>
          {lead.companyName ? <p className="truncate font-mono text-xs text-zinc-400">{lead.domain}</p> : null}
        </div>
        {lead.score !== null && lead.tier ? (
          <span className={`shrink-0 rounded-md px-1.5 py-0.5 text-xs font-semibold ring-1 ${tierStyle[lead.tier]}`} title={t.score(lead.score, labels.board.filters.tiers[lead.tier])}>
            {lead.score}
          </span>
        ) : null}
      </div>
      {live ? <Progress lead={lead} /> : null}
      {lead.status === "failed" ? (
        <div className="mt-2 flex items-start justify-between gap-2">
          <p className="line-clamp-3 text-xs text-red-300" role="status" data-testid="lead-error">
            {lead.error ?? t.failed}
          </p>
          {onRetry ? (
            <button
              type="button"
              onPointerDown={(e) => e.stopPropagation()}
              onClick={(e) => {
                e.stopPropagation();
                onRetry();
              }}
              className="shrink-0 rounded-md border border-red-800 px-2 py-0.5 text-xs font-medium text-red-200 hover:bg-red-900/40"
            >
              {t.retry}
            </button>
          ) : null}
        </div>
      ) : null}
      {!live && lead.status !== "failed" ? <p className="mt-2 text-xs text-zinc-500">{t.statuses[lead.status]}</p> : null}
    </article>
  );
}
