import { useLabels } from "@/components/i18n/language-provider";
import { MAX_IMPORT_ROWS } from "@/server/domain/imports/import-limits";

/** A rough count while typing; the server reads the list properly when asked for the estimate. */
function countEntries(text: string): number {
  return text.split(/[\r\n,;\t]+/).filter((entry) => entry.trim()).length;
}

export function PasteFields({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const t = useLabels().start.paste;
  const entries = countEntries(value);
  return (
    <div className="flex flex-col gap-1.5 text-sm">
      <label htmlFor="paste-domains" className="font-medium text-zinc-300">
        {t.label}
      </label>
      <textarea
        id="paste-domains"
        name="domains"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={7}
        spellCheck={false}
        autoComplete="off"
        placeholder={"acme.com\nhttps://www.globex.io/about\ninitech.com.br, umbrella.co.uk"}
        aria-describedby="paste-hint"
        className="min-h-36 resize-y rounded-lg border border-zinc-700 bg-zinc-950 px-3 py-2 font-mono text-[13px] leading-relaxed text-zinc-100 placeholder:text-zinc-600"
      />
      <span id="paste-hint" className="flex justify-between gap-2 text-xs text-zinc-500">
        <span>{t.hint}</span>
        <span className={`tabular-nums ${entries > MAX_IMPORT_ROWS ? "text-red-400" : ""}`} data-testid="paste-count">
          {entries ? t.entries(entries) : t.empty}
        </span>
      </span>
    </div>
  );
}
