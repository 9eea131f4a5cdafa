import { useLabels } from "@/components/i18n/language-provider";
import type { JobEstimate } from "@/server/domain/jobs/estimate-job";
import { formatReset } from "./format";
import { ImportIssues } from "./import-issues";
import { QuotaChange } from "./quota-change";

function Stat({ label, value, note, testId }: { label: string; value: string; note?: string; testId: string }) {
  return (
    <div className="flex flex-col gap-0.5 rounded-xl border border-zinc-800 bg-zinc-950/60 px-3 py-2.5">
      <dt className="text-xs text-zinc-500">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums text-zinc-100" data-testid={testId}>
        {value}
      </dd>
      {note ? <dd className="text-[11px] leading-tight text-zinc-500">{note}</dd> : null}
    </div>
  );
}

/** The confirm step: what the run will look for and cost at most, what is free, and the quota before and after. */
export function EstimateReview({ estimate, onUseMax, busy }: { estimate: JobEstimate; onUseMax: (count: number) => void; busy: boolean }) {
  const labels = useLabels();
  const t = labels.start.estimate;
  const free = (estimate.known ?? 0) + estimate.duplicates;
  return (
    <div className="flex flex-col gap-4" data-testid="estimate">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Stat label={t.leads} value={String(estimate.leads)} testId="estimate-leads" />
        <Stat label={t.credits} value={String(estimate.maxCredits)} note={t.creditsNote} testId="estimate-credits" />
        <Stat
          label={t.free}
          value={estimate.known === null ? "—" : String(free)}
          note={estimate.known === null ? t.freeUnknown : t.freeNote(estimate.known, estimate.duplicates)}
          testId="estimate-free"
        />
        <Stat label={t.invalid} value={estimate.known === null ? "—" : String(estimate.invalid)} note={estimate.known === null ? undefined : t.invalidNote} testId="estimate-invalid" />
      </dl>

      <QuotaChange estimate={estimate} />

      {estimate.leads === 0 ? (
        <p role="status" className="rounded-lg border border-zinc-800 bg-zinc-950/60 px-3 py-2 text-sm text-zinc-300" data-testid="estimate-empty">
          {t.nothingNew}
        </p>
      ) : estimate.fits ? (
        <p className="text-sm text-emerald-300" data-testid="estimate-fits">
          {t.fits(estimate.quota.planLabel)}
        </p>
      ) : (
        <div className="flex flex-col gap-2 rounded-lg border border-amber-900/60 bg-amber-950/30 px-3 py-2.5 text-sm" data-testid="estimate-short">
          <p className="text-amber-200">
            {t.short(estimate.leads, estimate.quota.remaining ?? 0, estimate.shortBy, formatReset(estimate.quota.resetsAt, labels.locale))}
          </p>
          {estimate.maxCount > 0 ? (
            <button type="button" disabled={busy} onClick={() => onUseMax(estimate.maxCount)} className="w-fit text-sm font-medium text-brand-400 underline-offset-2 hover:underline disabled:opacity-60">
              {t.useMax(estimate.maxCount)}
            </button>
          ) : null}
        </div>
      )}

      {estimate.source === "search" ? (
        <p className="text-xs text-zinc-500">
          {t.searchNote}
        </p>
      ) : null}
      {estimate.leftOver > 0 ? (
        <p className="text-xs text-zinc-400" data-testid="estimate-left-over">
          {t.leftOver(estimate.leftOver)}
        </p>
      ) : null}
      {estimate.import ? <ImportIssues imported={estimate.import} /> : null}
    </div>
  );
}
