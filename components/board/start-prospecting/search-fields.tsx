import { useLabels } from "@/components/i18n/language-provider";

export function SearchFields({ count, max, planNote, onChange }: { count: string; max: number; planNote: string; onChange: (count: string) => void }) {
  const t = useLabels().start.search;
  return (
    <div className="flex flex-col gap-1.5 text-sm">
      <label htmlFor="start-count" className="font-medium text-zinc-300">
        {t.count}
      </label>
      <input
        id="start-count"
        name="count"
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        value={count}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby="count-hint"
        className="h-10 w-32 rounded-lg border border-zinc-700 bg-zinc-950 px-3 tabular-nums"
      />
      <span id="count-hint" className="text-xs text-zinc-500">
        {t.hint(max, planNote)}
      </span>
    </div>
  );
}
