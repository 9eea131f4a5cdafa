export function StatTile({ label, value, hint, tone = "default", testId }: { label: string; value: string; hint?: string; tone?: "default" | "good" | "bad" | "warn"; testId?: string }) {
  const color = { default: "text-zinc-100", good: "text-emerald-300", bad: "text-red-300", warn: "text-amber-300" }[tone];
  return (
    <div className="min-w-32 flex-1 rounded-xl border border-zinc-800 bg-zinc-900/60 px-3 py-2">
      <div className="text-[11px] uppercase tracking-wide text-zinc-500">{label}</div>
      <div className={`text-xl font-semibold tabular-nums ${color}`} data-testid={testId}>
        {value}
      </div>
      {hint ? <div className="truncate text-xs text-zinc-500">{hint}</div> : null}
    </div>
  );
}
