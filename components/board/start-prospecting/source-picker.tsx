import { useLabels } from "@/components/i18n/language-provider";

export type SourceKind = "search" | "paste" | "csv";

const kinds: SourceKind[] = ["search", "paste", "csv"];

/** Where the run's companies come from: native radios, so arrow keys and screen readers just work. */
export function SourcePicker({ value, onChange }: { value: SourceKind; onChange: (kind: SourceKind) => void }) {
  const t = useLabels().start.sources;
  return (
    <fieldset className="grid grid-cols-1 gap-2 sm:grid-cols-3">
      <legend className="mb-2 text-sm font-medium text-zinc-300">{t.legend}</legend>
      {kinds.map((kind) => {
        const option = { kind, ...t[kind] };
        const checked = value === option.kind;
        return (
          <label
            key={option.kind}
            data-checked={checked || undefined}
            className="flex cursor-pointer flex-col gap-0.5 rounded-xl border border-zinc-800 bg-zinc-950/60 px-3 py-2.5 transition-colors hover:border-zinc-600 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-400 data-[checked]:border-brand-500 data-[checked]:bg-brand-500/10"
          >
            <span className="flex items-center gap-2 text-sm font-medium text-zinc-100">
              <input
                type="radio"
                name="source"
                value={option.kind}
                checked={checked}
                onChange={() => onChange(option.kind)}
                aria-labelledby={`source-${option.kind}-label`}
                aria-describedby={`source-${option.kind}-hint`}
                className="sr-only"
              />
              <span aria-hidden className="grid h-3.5 w-3.5 place-items-center rounded-full border border-zinc-500">
                {checked ? <span className="h-1.5 w-1.5 rounded-full bg-brand-400" /> : null}
              </span>
              <span id={`source-${option.kind}-label`}>{option.label}</span>
            </span>
            <span id={`source-${option.kind}-hint`} className="pl-5.5 text-xs text-zinc-500">
              {option.hint}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
