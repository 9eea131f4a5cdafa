import type { ReactNode } from "react";

/** One card of the settings page, reachable by its anchor from the section nav. */
export function SettingsSection({ id, title, description, badge, children }: { id: string; title: string; description: string; badge?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-20 rounded-2xl border border-zinc-800/80 bg-zinc-900/40 p-4 sm:p-6">
      <header className="mb-5 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={`${id}-title`} className="text-lg font-semibold tracking-tight text-zinc-100">
            {title}
          </h2>
          <p className="mt-1 max-w-2xl text-sm text-zinc-400">{description}</p>
        </div>
        {badge}
      </header>
      {children}
    </section>
  );
}
