"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";

/** The run going now: found, enriched and failed so far, live. */
export function JobBanner() {
  const trpc = useTRPC();
  const { data: job } = useQuery(trpc.jobs.active.queryOptions());
  if (!job) return null;
  const settled = job.enrichedCount + job.failedCount;
  const target = job.discoveryFinishedAt ? job.foundCount : job.requestedCount;
  return (
    <div className="mx-6 mt-4 flex items-center gap-4 rounded-xl border border-sky-900/60 bg-sky-950/40 px-4 py-2 text-sm" role="status" data-testid="job-banner">
      <span className="h-2 w-2 animate-pulse rounded-full bg-sky-400" />
      <span className="font-medium text-sky-200">Prospecting</span>
      <span className="tabular-nums text-zinc-300">
        {job.foundCount} found · {job.enrichedCount} enriched · {job.failedCount} failed
      </span>
      <div className="ml-auto h-1.5 w-40 overflow-hidden rounded-full bg-zinc-800" aria-hidden>
        <div className="h-full bg-sky-400 transition-[width]" style={{ width: `${target ? Math.round((settled / target) * 100) : 0}%` }} />
      </div>
    </div>
  );
}
