"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { AdminWindow } from "@/server/api/schemas/admin";
import { AdminPanel, EmptyRow, table } from "./admin-panel";
import { formatShortDateTime } from "./format";

/** The most frequent failure reasons over the window, per agent. */
export function ErrorReasons({ window }: { window: AdminWindow }) {
  const trpc = useTRPC();
  const { data = [] } = useQuery({ ...trpc.admin.agentErrors.queryOptions({ window }), placeholderData: keepPreviousData });
  return (
    <AdminPanel title="Top error reasons" description="Failed agent runs grouped by agent and machine-readable reason, with one example message." testId="error-reasons">
      <div className={table.wrap}>
        <table className={table.table}>
          <thead className={table.head}>
            <tr>
              <th className={table.th}>Agent</th>
              <th className={table.th}>Reason</th>
              <th className={table.thNum}>Failures</th>
              <th className={table.th}>Example</th>
              <th className={table.th}>Last seen (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {data.length === 0 ? <EmptyRow colSpan={5}>No agent failed in the last {window}.</EmptyRow> : null}
            {data.map((e) => (
              <tr key={`${e.agent}:${e.reason}`} className={table.row} data-testid="error-reason">
                <td className={`${table.td} font-mono text-xs`}>{e.agent}</td>
                <td className={table.td}>
                  <code className="rounded bg-zinc-800 px-1.5 py-0.5 text-xs text-amber-200">{e.reason}</code>
                </td>
                <td className={table.tdNum}>{e.count}</td>
                <td className={`${table.td} max-w-md whitespace-normal`}>
                  <span className="text-zinc-400">{e.example ?? "—"}</span>
                </td>
                <td className={`${table.td} tabular-nums`}>{formatShortDateTime(e.lastAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminPanel>
  );
}
