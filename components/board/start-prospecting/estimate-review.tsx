import type { JobEstimate } from "@/server/domain/jobs/estimate-job";
import { formatReset, plural } from "./format";
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
  const free = (estimate.known ?? 0) + estimate.duplicates;
  return (
    <div className="flex flex-col gap-4" data-testid="estimate">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Stat label="Leads to look for" value={String(estimate.leads)} testId="estimate-leads" />
        <Stat label="Credits, at most" value={String(estimate.maxCredits)} note="1 per enriched lead" testId="estimate-credits" />
        <Stat
          label="Free"
          value={estimate.known === null ? "—" : String(free)}
          note={estimate.known === null ? "Known companies are skipped as found" : `${estimate.known} known · ${estimate.duplicates} repeated`}
          testId="estimate-free"
        />
        <Stat label="Invalid rows" value={estimate.known === null ? "—" : String(estimate.invalid)} note={estimate.known === null ? undefined : "Not looked for"} testId="estimate-invalid" />
      </dl>

      <QuotaChange estimate={estimate} />

      {estimate.leads === 0 ? (
        <p role="status" className="rounded-lg border border-zinc-800 bg-zinc-950/60 px-3 py-2 text-sm text-zinc-300" data-testid="estimate-empty">
          Nothing new to look for: every row is invalid, repeated or already on your board.
        </p>
      ) : estimate.fits ? (
        <p className="text-sm text-emerald-300" data-testid="estimate-fits">
          Fits your {estimate.quota.planLabel} plan. Failures and companies you already have are refunded or free.
        </p>
      ) : (
        <div className="flex flex-col gap-2 rounded-lg border border-amber-900/60 bg-amber-950/30 px-3 py-2.5 text-sm" data-testid="estimate-short">
          <p className="text-amber-200">
            Does not fit: {plural(estimate.leads, "credit")} needed, {estimate.quota.remaining} left, {estimate.shortBy} short. Your quota resets{" "}
            {formatReset(estimate.quota.resetsAt)}.
          </p>
          {estimate.maxCount > 0 ? (
            <button type="button" disabled={busy} onClick={() => onUseMax(estimate.maxCount)} className="w-fit text-sm font-medium text-brand-400 underline-offset-2 hover:underline disabled:opacity-60">
              Look for {estimate.maxCount} instead
            </button>
          ) : null}
        </div>
      )}

      {estimate.source === "search" ? (
        <p className="text-xs text-zinc-500">
          A search cannot know ahead which companies you already have: those it meets are skipped for free, and credits not used are refunded when the run ends.
        </p>
      ) : null}
      {estimate.leftOver > 0 ? (
        <p className="text-xs text-zinc-400" data-testid="estimate-left-over">
          {plural(estimate.leftOver, "more new domain")} {estimate.leftOver === 1 ? "stays" : "stay"} for a later run (a run looks for at most 100, within your quota).
        </p>
      ) : null}
      {estimate.import ? <ImportIssues imported={estimate.import} /> : null}
    </div>
  );
}
