import { controlClass } from "./field-frame";

type Props = { id: string; label: string; description: string; color: string; value: string; onChange: (value: string) => void; error?: string };

/** One criterion: a slider for feel and a number box for precision, kept in step. */
export function WeightRow({ id, label, description, color, value, onChange, error }: Props) {
  const numeric = Number(value);
  const sliderValue = Number.isFinite(numeric) ? Math.min(100, Math.max(0, numeric)) : 0;
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
          <input
            id={`${id}-number`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            className={`${controlClass} h-9 w-20 text-right tabular-nums`}
          />
          <span className="text-sm text-zinc-500" aria-hidden>
            %
          </span>
        </div>
      </div>
      <input
        type="range"
        min={0}
        max={100}
        step={1}
        value={sliderValue}
        onChange={(e) => onChange(e.target.value)}
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy}
        className="h-1.5 w-full cursor-pointer accent-brand-500"
      />
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
