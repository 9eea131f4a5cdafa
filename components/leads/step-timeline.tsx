"use client";

import { agentLabel } from "@/components/i18n/agent-label";
import { useLabels } from "@/components/i18n/language-provider";
import type { LeadDetail } from "@/server/domain/leads/get-lead-detail";

const badge: Record<LeadDetail["runs"][number]["status"], string> = {
  running: "bg-sky-500/15 text-sky-300",
  succeeded: "bg-emerald-500/15 text-emerald-300",
  failed: "bg-red-500/15 text-red-300",
  skipped: "bg-zinc-700/40 text-zinc-400",
};

/** Each agent that ran for the lead: status, how long, which attempt, tokens, and any error. */
export function StepTimeline({ runs, planned }: { runs: LeadDetail["runs"]; planned: number }) {
  const labels = useLabels();
  const t = labels.lead.steps;
  if (runs.length === 0) return <p className="text-sm text-zinc-500">{t.none}</p>;
  return (
    <ol className="flex flex-col gap-2" data-testid="step-timeline">
      {runs.map((run) => (
        <li key={run.agent} className="rounded-lg border border-zinc-800 bg-zinc-900/60 px-3 py-2" data-testid="timeline-step">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium text-zinc-200" data-agent={run.agent}>
              {agentLabel(labels, run.agent)}
            </span>
            <span className={`rounded px-1.5 py-0.5 text-xs ${badge[run.status]}`} data-status={run.status}>
              {t.statuses[run.status]}
            </span>
            <span className="ml-auto text-xs tabular-nums text-zinc-500">
              {run.durationMs !== null ? `${(run.durationMs / 1000).toFixed(2)} s` : "…"} · {t.attempt(run.attempt)}
              {run.tokens ? ` · ${t.tokens(run.tokens)}` : ""}
              {run.costUsd ? ` · ${t.cost(run.costUsd)}` : ""}
              {run.model ? ` · ${run.model}` : ""}
            </span>
          </div>
          {run.message ? <p className="mt-1 text-xs text-zinc-400">{run.message}</p> : null}
          {run.error ? <p className="mt-1 text-xs text-red-300">{run.error}</p> : null}
        </li>
      ))}
      {planned > runs.length ? <li className="px-3 text-xs text-zinc-500">{t.planned(planned - runs.length)}</li> : null}
    </ol>
  );
}
