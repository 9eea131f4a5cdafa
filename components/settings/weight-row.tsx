import { PercentNumber, PercentSlider } from "./percent-inputs";

type Props = { id: string; label: string; description: string; color: string; value: string; onChange: (value: string) => void; error?: string };

/** One criterion: a slider for feel and a number box for precision, kept in step. */
export function WeightRow({ id, label, description, color, value, onChange, error }: Props) {
  const describedBy = error ? `${id}-description ${id}-error` : `${id}-description`;
  return (
    <div className="flex flex-col gap-2 py-3" data-testid={`weight-${id}`}>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <label id={`${id}-label`} htmlFor={`${id}-number`} className="flex items-center gap-2 text-sm font-medium text-zinc-200">
            <span className={`h-2.5 w-2.5 shrink-0 rounded-sm ${color}`} aria-hidden />
            {label}
          </label>
          <p id={`${id}-description`} className="mt-0.5 text-xs text-zinc-500">
            {description}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-1.5">
          <PercentNumber id={`${id}-number`} value={value} onChange={onChange} describedBy={describedBy} invalid={Boolean(error)} />
          <span className="text-sm text-zinc-500" aria-hidden>
            %
          </span>
        </div>
      </div>
      <PercentSlider value={value} onChange={onChange} describedBy={describedBy} labelledBy={`${id}-label`} />
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
