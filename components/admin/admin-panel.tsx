import type { ReactNode } from "react";

/** One card of an admin page, in the settings cards' style. */
export function AdminPanel({ title, description, actions, children, testId }: { title: string; description?: string; actions?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className="rounded-2xl border border-zinc-800/80 bg-zinc-900/40 p-4 sm:p-5" aria-label={title} data-testid={testId}>
      <header className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-base font-semibold tracking-tight text-zinc-100">{title}</h2>
          {description ? <p className="mt-1 max-w-3xl text-sm text-zinc-400">{description}</p> : null}
        </div>
        {actions}
      </header>
      {children}
    </section>
  );
}

export function EmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-8 text-center text-sm text-zinc-500">
        {children}
      </td>
    </tr>
  );
}

/** Table styles shared by the admin tables. */
export const table = {
  wrap: "overflow-x-auto rounded-xl border border-zinc-800",
  table: "w-full min-w-max text-left text-sm",
  head: "bg-zinc-900/80 text-[11px] uppercase tracking-wide text-zinc-500",
  th: "px-3 py-2 font-medium",
  thNum: "px-3 py-2 text-right font-medium",
  row: "border-t border-zinc-800/80 hover:bg-zinc-900/60",
  td: "px-3 py-2 align-top text-zinc-200",
  tdNum: "px-3 py-2 text-right align-top tabular-nums text-zinc-200",
  muted: "text-xs text-zinc-500",
};
