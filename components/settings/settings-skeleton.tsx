const block = "animate-pulse rounded-lg bg-zinc-800/70";

/** What the page looks like while settings load: the same layout, in outline. */
export function SettingsSkeleton() {
  return (
    <div className="mx-auto w-full max-w-6xl px-4 pb-16 pt-6 sm:px-6 sm:pt-8" role="status" aria-label="Loading settings" data-testid="settings-loading">
      <div className={`${block} h-7 w-40`} />
      <div className={`${block} mt-3 h-4 w-full max-w-lg`} />
      <div className="mt-8 flex gap-2">
        {[0, 1, 2].map((i) => (
          <div key={i} className={`${block} h-8 w-32`} />
        ))}
      </div>
      <div className="mt-6 rounded-2xl border border-zinc-800/80 bg-zinc-900/40 p-6">
        <div className={`${block} h-5 w-48`} />
        <div className={`${block} mt-2 h-4 w-80 max-w-full`} />
        <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <div className="grid gap-4 sm:grid-cols-2">
            {[0, 1, 2, 3, 4, 5].map((i) => (
              <div key={i} className={i === 0 ? "sm:col-span-2" : undefined}>
                <div className={`${block} h-4 w-32`} />
                <div className={`${block} mt-2 h-20`} />
              </div>
            ))}
          </div>
          <div className={`${block} h-48 rounded-2xl`} />
        </div>
      </div>
      <span className="sr-only">Loading settings…</span>
    </div>
  );
}
