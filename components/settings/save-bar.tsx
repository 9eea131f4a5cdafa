import { Button } from "@/components/ui/button";

type Props = { dirty: boolean; pending: boolean; label: string; shortLabel: string; pendingLabel: string; unsaved: string; saved: string; problem?: string | null };

/** The foot of a settings form, floating while its form is on screen: unsaved state or the form's problem, and save. */
export function SaveBar({ dirty, pending, label, shortLabel, pendingLabel, unsaved, saved, problem }: Props) {
  return (
    <div className="sticky bottom-3 z-10 mt-6 flex items-center gap-3 rounded-xl border border-zinc-800 bg-zinc-900/95 px-3 py-2.5 shadow-lg shadow-black/40 backdrop-blur sm:px-4">
      <div className="min-w-0 flex-1 text-sm">
        <p role="alert" className="text-red-400 empty:hidden">
          {problem ?? ""}
        </p>
        {problem ? null : (
          <p className={`flex items-center gap-2 ${dirty ? "text-amber-300" : "text-zinc-500"}`} aria-live="polite">
            <span className={`h-1.5 w-1.5 shrink-0 rounded-full ${dirty ? "bg-amber-400" : "bg-zinc-600"}`} aria-hidden />
            <span className="truncate">{dirty ? unsaved : saved}</span>
          </p>
        )}
      </div>
      {/* The full name is the button's name at every size; phones show its first word. */}
      <Button type="submit" disabled={pending} aria-busy={pending || undefined} aria-label={pending ? pendingLabel : label} className="shrink-0">
        {pending ? (
          <>
            <span className="h-3.5 w-3.5 animate-spin rounded-full border-2 border-zinc-950/30 border-t-zinc-950" aria-hidden />
            {pendingLabel}
          </>
        ) : (
          <>
            <span className="sm:hidden">{shortLabel}</span>
            <span className="hidden sm:inline">{label}</span>
          </>
        )}
      </Button>
    </div>
  );
}
