import type { ReactNode } from "react";

type Props = { id: string; label: string; hint: string; error?: string; tag?: { text: string; tone: "missing" | "done" | "plain" }; aside?: ReactNode; children: ReactNode };

const tagTone = {
  missing: "bg-amber-500/10 text-amber-300 ring-amber-500/30",
  done: "bg-emerald-500/10 text-emerald-300 ring-emerald-500/25",
  plain: "bg-zinc-800 text-zinc-400 ring-zinc-700",
};

/** Label, control, and one line under it: the error when there is one, otherwise the hint. */
export function FieldFrame({ id, label, hint, error, tag, aside, children }: Props) {
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-zinc-200">
          {label}
        </label>
        {tag ? <span className={`rounded-full px-2 py-0.5 text-[11px] font-medium ring-1 ${tagTone[tag.tone]}`}>{tag.text}</span> : null}
      </div>
      {children}
      <div className="flex min-h-4 items-start justify-between gap-3 text-xs">
        {error ? (
          <p id={`${id}-error`} className="text-red-400" data-testid={`${id}-error`}>
            {error}
          </p>
        ) : (
          <p id={`${id}-hint`} className="text-zinc-500">
            {hint}
          </p>
        )}
        {aside}
      </div>
    </div>
  );
}

export const controlClass =
  "rounded-lg border border-zinc-700 bg-zinc-950 px-3 text-sm text-zinc-100 placeholder:text-zinc-600 transition-colors hover:border-zinc-600 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/25 aria-[invalid]:border-red-500";
