"use client";

import { useLabels } from "@/components/i18n/language-provider";
import type { JobReceipt as Receipt } from "@/server/domain/jobs/get-job-receipt";

function formatDuration(ms: number | null): string {
  if (ms === null) return "";
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

function Figure({ label, value, tone = "text-zinc-100", testId }: { label: string; value: number; tone?: string; testId: string }) {
  return (
    <div className="flex items-baseline gap-1.5">
      <dd className={`text-base font-semibold tabular-nums ${value ? tone : "text-zinc-500"}`} data-testid={testId}>
        {value}
      </dd>
      <dt className="text-xs text-zinc-400">{label}</dt>
    </div>
  );
}

/** After a run: what was charged, refunded and why, and what was skipped for free, until dismissed. */
export function JobReceipt({ receipt, onDismiss }: { receipt: Receipt; onDismiss: () => void }) {
  const t = useLabels().board.receipt;
  const failedRun = receipt.status === "failed";
  return (
    <section
      aria-labelledby="receipt-title"
      className={`mx-6 mt-4 flex flex-col gap-2 rounded-xl border px-4 py-3 text-sm ${failedRun ? "border-red-900/60 bg-red-950/30" : "border-emerald-900/60 bg-emerald-950/20"}`}
      data-testid="job-receipt"
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h2 id="receipt-title" className={`font-medium ${failedRun ? "text-red-200" : "text-emerald-200"}`}>
          {failedRun ? t.stopped : t.complete}
          <span className="ml-2 font-normal text-zinc-400">
            {t.found(receipt.found, receipt.requested)}
            {receipt.durationMs !== null ? ` · ${formatDuration(receipt.durationMs)}` : ""}
          </span>
        </h2>
        <dl className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <Figure label={t.charged} value={receipt.charged} testId="receipt-charged" />
          <Figure label={t.refunded} value={receipt.refunded} tone="text-sky-300" testId="receipt-refunded" />
          <Figure label={t.free} value={receipt.skippedFree} tone="text-emerald-300" testId="receipt-free" />
          <Figure label={t.enriched} value={receipt.enriched} testId="receipt-enriched" />
          <Figure label={t.failed} value={receipt.failed} tone={receipt.failed ? "text-red-300" : "text-zinc-100"} testId="receipt-failed" />
        </dl>
        <button
          type="button"
          onClick={onDismiss}
          aria-label={t.dismiss}
          className="ml-auto grid h-8 w-8 place-items-center rounded-lg text-zinc-400 hover:bg-zinc-800 hover:text-zinc-100"
        >
          <svg aria-hidden viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </div>
      {receipt.error ? <p className="text-red-300">{receipt.error}</p> : null}
      {receipt.refunds.length ? (
        <details className="group text-xs text-zinc-400">
          <summary className="cursor-pointer select-none text-zinc-300 hover:text-zinc-100">{t.whyRefunded(receipt.refunded)}</summary>
          <ul className="mt-1.5 flex max-h-40 flex-col gap-1 overflow-auto pl-4" data-testid="receipt-refunds">
            {receipt.refunds.map((refund, i) => (
              <li key={i} className="list-disc">
                <span className="tabular-nums text-zinc-300">{refund.amount}</span> · {refund.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
