import { scoringCriteria, WEIGHTS_TOTAL, type ScoringCriterionId } from "@/server/domain/settings/scoring-criteria";
import type { SettingsLabels } from "./labels";

type Props = { t: SettingsLabels; weights: Record<ScoringCriterionId, number | null>; colors: Record<ScoringCriterionId, string> };

/** The running total as a stacked bar of the criteria's shares, and what to do when it is not 100. */
export function WeightsTotal({ t, weights, colors }: Props) {
  const total = scoringCriteria.reduce((sum, c) => sum + (weights[c.id] ?? 0), 0);
  const ok = total === WEIGHTS_TOTAL;
  const scale = Math.max(total, WEIGHTS_TOTAL);
  return (
    <div className="rounded-xl border border-zinc-800 bg-zinc-950/60 p-4" data-testid="weights-total" data-total={total}>
      <div className="flex items-baseline justify-between gap-3">
        <span className="text-sm font-medium text-zinc-300">{t.scoring.total}</span>
        <span className={`text-2xl font-semibold tabular-nums ${ok ? "text-zinc-100" : "text-amber-300"}`}>
          {total}
          <span className="text-base font-normal text-zinc-500"> / {WEIGHTS_TOTAL}</span>
        </span>
      </div>
      <div className="relative mt-3 flex h-2.5 overflow-hidden rounded-full bg-zinc-800" aria-hidden>
        {scoringCriteria.map((c) => (
          <span key={c.id} className={`h-full ${colors[c.id]} transition-[width]`} style={{ width: `${((weights[c.id] ?? 0) / scale) * 100}%` }} />
        ))}
        {total > WEIGHTS_TOTAL ? <span className="absolute inset-y-0 w-0.5 bg-red-400" style={{ left: `${(WEIGHTS_TOTAL / scale) * 100}%` }} /> : null}
      </div>
      <p role="status" className={`mt-3 text-sm ${ok ? "text-emerald-300" : "text-amber-300"}`} data-testid="weights-message">
        {ok ? `✓ ${t.scoring.totalOk}` : t.scoring.totalProblem(total)}
      </p>
    </div>
  );
}
