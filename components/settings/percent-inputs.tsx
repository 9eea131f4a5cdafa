import { controlClass } from "./field-frame";

type Common = { value: string; onChange: (value: string) => void; describedBy: string };

/** Clamps whatever was typed to the 0–100 scale the slider can show. */
export function onScale(value: string): number {
  const numeric = Number(value);
  return Number.isFinite(numeric) ? Math.min(100, Math.max(0, numeric)) : 0;
}

/** A whole number from 0 to 100, typed. */
export function PercentNumber({ id, value, onChange, describedBy, invalid, className = "" }: Common & { id: string; invalid: boolean; className?: string }) {
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      min={0}
      max={100}
      step={1}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy}
      className={`${controlClass} h-9 w-20 text-right tabular-nums ${className}`}
    />
  );
}

/** The same number on a slider, for feel; it follows the typed value. */
export function PercentSlider({ value, onChange, describedBy, labelledBy, className = "" }: Common & { labelledBy: string; className?: string }) {
  return (
    <input
      type="range"
      min={0}
      max={100}
      step={1}
      value={onScale(value)}
      onChange={(e) => onChange(e.target.value)}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={`h-1.5 w-full cursor-pointer accent-brand-500 ${className}`}
    />
  );
}
