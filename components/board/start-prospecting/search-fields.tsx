export function SearchFields({ count, max, planNote, onChange }: { count: string; max: number; planNote: string; onChange: (count: string) => void }) {
  return (
    <div className="flex flex-col gap-1.5 text-sm">
      <label htmlFor="start-count" className="font-medium text-zinc-300">
        How many leads?
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
        Up to {max} now{planNote}. We search the web for companies matching your ideal customer; each enriched lead uses 1 credit.
      </span>
    </div>
  );
}
