import { useLabels } from "@/components/i18n/language-provider";
import type { JobEstimate } from "@/server/domain/jobs/estimate-job";

/** Quota now and after the run, if every lead it looks for is enriched and charged. */
export function QuotaChange({ estimate }: { estimate: JobEstimate }) {
  const t = useLabels().start.quota;
  const { quota, after, leads } = estimate;
  if (quota.limit === null) {
    return (
      <p className="text-sm text-zinc-300" data-testid="estimate-quota">
        {t.unlimited(quota.planLabel, quota.used, after.used)}
      </p>
    );
  }
  const pct = (n: number) => `${Math.min(100, (n / quota.limit!) * 100)}%`;
  const busy = quota.used + quota.reserved;
  return (
    <div className="flex flex-col gap-2 rounded-xl border border-zinc-800 bg-zinc-950/60 px-3 py-2.5" data-testid="estimate-quota">
      <div className="flex flex-wrap justify-between gap-x-4 gap-y-1 text-sm">
        <span className="text-zinc-400">
          {t.now} <span className="tabular-nums text-zinc-100">{quota.used} / {quota.limit}</span> {t.used}
          {quota.reserved ? <span className="tabular-nums"> · {quota.reserved} {t.reserved}</span> : null} · <span className="tabular-nums text-zinc-100">{quota.remaining}</span> {t.left}
        </span>
        <span className="text-zinc-400">
          {t.after} <span className="tabular-nums text-zinc-100">{Math.min(after.used, quota.limit)} / {quota.limit}</span> · <span className="tabular-nums text-zinc-100">{after.remaining}</span> {t.left}
        </span>
      </div>
      <div
        className="relative h-2 overflow-hidden rounded-full bg-zinc-800"
        role="img"
        aria-label={t.bar(busy, quota.limit, leads)}
      >
        <div className="absolute inset-y-0 left-0 bg-brand-500" style={{ width: pct(busy) }} />
        <div
          className={`absolute inset-y-0 ${estimate.fits ? "bg-brand-400/45" : "bg-amber-400/60"}`}
          style={{ left: pct(busy), width: pct(Math.min(leads, quota.limit - Math.min(busy, quota.limit))) }}
        />
      </div>
    </div>
  );
}
