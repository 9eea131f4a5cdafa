"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { useLabels } from "@/components/i18n/language-provider";
import { useTRPC } from "@/components/providers/trpc-provider";
import { JobReceipt } from "./job-receipt";

const DISMISSED_KEY = "nellia:dismissed-receipt";
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function dismiss(jobId: string) {
  localStorage.setItem(DISMISSED_KEY, jobId);
  listeners.forEach((l) => l());
}

/**
 * The run going now (found, enriched and failed so far, live), then its receipt until it is
 * dismissed. Dismissal is remembered per browser, so a reload does not bring it back.
 */
export function JobBanner() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useLabels().board.job;
  const { data: job, isSuccess } = useQuery(trpc.jobs.active.queryOptions());
  const receipt = useQuery({ ...trpc.jobs.receipt.queryOptions({}), enabled: isSuccess && !job });
  const dismissed = useSyncExternalStore(subscribe, () => localStorage.getItem(DISMISSED_KEY), () => null);

  // The run just ended (the live stream refreshed `active`): fetch its receipt now, not when the cache goes stale.
  const lastActive = useRef<string | null>(null);
  useEffect(() => {
    if (lastActive.current && !job) void queryClient.invalidateQueries({ queryKey: trpc.jobs.receipt.queryKey() });
    lastActive.current = job?.id ?? null;
  }, [job, queryClient, trpc]);

  if (!job) {
    const shown = receipt.data && receipt.data.jobId !== dismissed ? receipt.data : null;
    return shown ? <JobReceipt receipt={shown} onDismiss={() => dismiss(shown.jobId)} /> : null;
  }
  const settled = job.enrichedCount + job.failedCount;
  const target = job.discoveryFinishedAt ? job.foundCount : job.requestedCount;
  const pct = target ? Math.round((settled / target) * 100) : 0;
  return (
    <div className="mx-6 mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-sky-900/60 bg-sky-950/40 px-4 py-2 text-sm" role="status" data-testid="job-banner">
      <span className="h-2 w-2 animate-pulse rounded-full bg-sky-400" aria-hidden />
      <span className="font-medium text-sky-200">{t.running}</span>
      <span className="tabular-nums text-zinc-300">
        {t.counts(job.foundCount, job.enrichedCount, job.failedCount)}
        {job.duplicateCount ? <span className="text-zinc-500"> · {t.skipped(job.duplicateCount)}</span> : null}
      </span>
      <div
        className="ml-auto h-1.5 w-40 overflow-hidden rounded-full bg-zinc-800"
        role="progressbar"
        aria-label={t.progress}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <div className="h-full bg-sky-400 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
