import { useState } from "react";
import { useLabels } from "@/components/i18n/language-provider";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/server/domain/imports/import-limits";
import { formatSize } from "./format";
import { readFileBase64 } from "./read-file-base64";

export type PickedFile = { name: string; size: number; contentBase64: string };

type Props = {
  file: PickedFile | null;
  busy: boolean;
  onPick: (file: PickedFile) => void;
  onError: (message: string) => void;
};

/**
 * A file input inside a drop target. The size limit is checked here so a 50 MB file is never
 * uploaded; everything else about the file (encoding, columns, rows) is the server's call.
 */
export function CsvDropZone({ file, busy, onPick, onError }: Props) {
  const t = useLabels().start.csv;
  const [over, setOver] = useState(false);

  async function take(picked: File | undefined) {
    if (!picked) return;
    if (picked.size > MAX_IMPORT_BYTES) {
      onError(t.tooBig(picked.name, formatSize(picked.size), formatSize(MAX_IMPORT_BYTES)));
      return;
    }
    try {
      onPick({ name: picked.name, size: picked.size, contentBase64: await readFileBase64(picked) });
    } catch {
      onError(t.unreadable(picked.name));
    }
  }

  return (
    <div className="flex flex-col gap-1.5 text-sm">
      <label
        data-testid="csv-drop-zone"
        data-over={over || undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void take(e.dataTransfer.files[0]);
        }}
        className="flex cursor-pointer flex-col items-center gap-2 rounded-xl border border-dashed border-zinc-700 bg-zinc-950/60 px-4 py-7 text-center transition-colors hover:border-zinc-500 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-400 data-[over]:border-brand-400 data-[over]:bg-brand-500/10"
      >
        <svg aria-hidden viewBox="0 0 24 24" className="h-7 w-7 text-zinc-500" fill="none" stroke="currentColor" strokeWidth="1.5">
          <path d="M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="font-medium text-zinc-200">{file ? t.chooseAnother : t.drop}</span>
        <span className="text-xs text-zinc-500">
          {t.hint(MAX_IMPORT_ROWS, formatSize(MAX_IMPORT_BYTES))}
        </span>
        <input
          type="file"
          name="file"
          aria-label={t.input}
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          disabled={busy}
          className="sr-only"
          onChange={(e) => {
            void take(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      </label>
      {file ? (
        <p className="flex items-center gap-2 text-xs text-zinc-400" data-testid="csv-file">
          <span className="truncate font-medium text-zinc-200">{file.name}</span>
          <span className="tabular-nums">{formatSize(file.size)}</span>
          {busy ? <span className="text-sky-300">{t.reading}</span> : null}
        </p>
      ) : null}
    </div>
  );
}
