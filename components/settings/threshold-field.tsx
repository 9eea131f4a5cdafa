import { onScale, PercentNumber, PercentSlider } from "./percent-inputs";
import type { SettingsLabels } from "./labels";

type Props = { t: SettingsLabels; value: string; onChange: (value: string) => void; error?: string };

/** The score from which reasoning agents run, drawn as the split it makes on the 0–100 scale. */
export function ThresholdField({ t, value, onChange, error }: Props) {
  const at = onScale(value);
  const describedBy = error ? "threshold-help threshold-error" : "threshold-help";
  return (
    <div className="rounded-xl border border-zinc-800 bg-zinc-950/60 p-4">
      <div className="flex items-center justify-between gap-3">
        <label id="threshold-label" htmlFor="threshold-number" className="text-sm font-medium text-zinc-200">
          {t.scoring.thresholdLabel}
        </label>
        <PercentNumber id="threshold-number" value={value} onChange={onChange} describedBy={describedBy} invalid={Boolean(error)} className="shrink-0" />
      </div>
      <PercentSlider value={value} onChange={onChange} describedBy={describedBy} labelledBy="threshold-label" className="mt-3" />
      <div className="mt-2 flex h-7 overflow-hidden rounded-lg text-[11px] font-medium" aria-hidden>
        <span className="flex items-center overflow-hidden whitespace-nowrap bg-zinc-800/80 px-2 text-zinc-400" style={{ width: `${at}%` }}>
          {at >= 18 ? `0–${Math.max(at - 1, 0)} · ${t.scoring.belowThreshold}` : ""}
        </span>
        <span className="flex flex-1 items-center justify-end overflow-hidden whitespace-nowrap bg-brand-500/20 px-2 text-brand-400">
          {at <= 82 ? `${at}–100 · ${t.scoring.aboveThreshold}` : ""}
        </span>
      </div>
      <p id="threshold-help" className="mt-3 text-xs leading-relaxed text-zinc-400">
        {t.scoring.thresholdHelp(at)}
      </p>
      {error ? (
        <p id="threshold-error" className="mt-1 text-xs text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
