"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc-provider";
import { adminJobStatuses } from "@/server/api/schemas/admin";
import { AdminPanel, EmptyRow, table } from "./admin-panel";
import { formatMs, formatShortDateTime } from "./format";
import { StatusBadge } from "./status-badge";

type Status = (typeof adminJobStatuses)[number];

/** Every run across workspaces with its status, counts and timings; `status` pins the filter. */
export function JobsTable({ status: pinned, title = "Runs across workspaces", limit = 100 }: { status?: Status; title?: string; limit?: number }) {
  const trpc = useTRPC();
  const [chosen, setChosen] = useState<Status | "">("");
  const status = pinned ?? (chosen || undefined);
  const { data = [] } = useQuery({ ...trpc.admin.jobs.queryOptions({ status, limit }), placeholderData: keepPreviousData, refetchInterval: 10_000 });
  return (
    <AdminPanel
      title={title}
      description={pinned ? undefined : `The newest ${limit} runs, refreshed every 10 s. Duration is from start to finish.`}
      testId={pinned ? `jobs-${pinned}` : "jobs-panel"}
      actions={
        pinned ? null : (
          <select aria-label="Status" value={chosen} onChange={(e) => setChosen(e.target.value as Status | "")} className="h-9 rounded-lg border border-zinc-700 bg-zinc-950 px-2 text-sm text-zinc-100">
            <option value="">All statuses</option>
            {adminJobStatuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        )
      }
    >
      <div className={table.wrap}>
        <table className={table.table}>
          <thead className={table.head}>
            <tr>
              <th className={table.th}>Workspace</th>
              <th className={table.th}>Status</th>
              <th className={table.th}>Source</th>
              <th className={table.thNum}>Asked</th>
              <th className={table.thNum}>Found</th>
              <th className={table.thNum}>Enriched</th>
              <th className={table.thNum}>Failed</th>
              <th className={table.thNum}>Dupes</th>
              <th className={table.th}>Started (UTC)</th>
              <th className={table.th}>Finished</th>
              <th className={table.thNum}>Duration</th>
            </tr>
          </thead>
          <tbody>
            {data.length === 0 ? <EmptyRow colSpan={11}>No runs{status ? ` with status ${status}` : ""}.</EmptyRow> : null}
            {data.map((job) => (
              <tr key={job.id} className={table.row} data-testid="admin-job" data-status={job.status}>
                <td className={table.td}>
                  <div className="font-medium">{job.workspaceName}</div>
                  <div className={`${table.muted} font-mono`}>{job.id.slice(0, 8)}</div>
                </td>
                <td className={table.td}>
                  <StatusBadge status={job.status} />
                  {job.error ? <div className="mt-1 max-w-xs whitespace-normal text-xs text-red-300">{job.error}</div> : null}
                </td>
                <td className={table.td}>{job.source}</td>
                <td className={table.tdNum}>{job.requested}</td>
                <td className={table.tdNum}>{job.found}</td>
                <td className={table.tdNum} data-testid="job-enriched">{job.enriched}</td>
                <td className={table.tdNum}>
                  <span className={job.failed ? "text-red-300" : undefined}>{job.failed}</span>
                </td>
                <td className={table.tdNum}>{job.duplicates}</td>
                <td className={`${table.td} tabular-nums`}>{formatShortDateTime(job.startedAt ?? job.createdAt)}</td>
                <td className={`${table.td} tabular-nums`}>{formatShortDateTime(job.finishedAt)}</td>
                <td className={table.tdNum} data-testid="job-duration">{formatMs(job.durationMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminPanel>
  );
}
