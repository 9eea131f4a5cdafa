"use client";

import { useLabels } from "@/components/i18n/language-provider";
import type { BoardMetrics } from "./board-metrics";

function Tile({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="min-w-24 rounded-xl border border-zinc-800 bg-zinc-900/60 px-3 py-2">
      <div className="text-[11px] uppercase tracking-wide text-zinc-500">{label}</div>
      <div className="text-lg font-semibold tabular-nums text-zinc-100" data-testid={testId}>
        {value}
      </div>
    </div>
  );
}

export function MetricsStrip({ metrics }: { metrics: BoardMetrics }) {
  const t = useLabels().board.metrics;
  return (
    <div className="flex flex-wrap gap-2" aria-label={t.label}>
      <Tile label={t.total} value={String(metrics.total)} testId="metric-total" />
      <Tile label={t.average} value={metrics.averageScore === null ? "—" : String(metrics.averageScore)} testId="metric-average" />
      <Tile label={t.high} value={String(metrics.highPotential)} testId="metric-high" />
      <Tile label={t.meetings} value={String(metrics.meetingsScheduled)} testId="metric-meetings" />
      <Tile label={t.success} value={metrics.successRate === null ? "—" : `${Math.round(metrics.successRate * 100)}%`} testId="metric-success" />
    </div>
  );
}
