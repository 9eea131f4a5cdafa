"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { agentLabel } from "@/components/i18n/agent-label";
import { labelsFor } from "@/components/i18n/labels";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { AdminWindow } from "@/server/api/schemas/admin";
import { AdminPanel, EmptyRow, table } from "./admin-panel";
import { formatCount, formatMs, formatPercent, formatUsd } from "./format";

function rateTone(rate: number | null): string {
  if (rate === null) return "text-zinc-500";
  return rate >= 0.95 ? "text-emerald-300" : rate >= 0.8 ? "text-amber-300" : "text-red-300";
}

/** Per agent: runs, success rate, p50/p95 duration, tokens and cost over the window. */
export function AgentTable({ window }: { window: AdminWindow }) {
  const trpc = useTRPC();
  const { data = [] } = useQuery({ ...trpc.admin.agentPerformance.queryOptions({ window }), placeholderData: keepPreviousData });
  const totals = data.reduce((sum, a) => ({ runs: sum.runs + a.runs, tokens: sum.tokens + a.tokens, costUsd: sum.costUsd + a.costUsd }), { runs: 0, tokens: 0, costUsd: 0 });
  return (
    <AdminPanel title="By agent" description={`${formatCount(totals.runs)} runs · ${formatCount(totals.tokens)} tokens · ${formatUsd(totals.costUsd)} in the last ${window}.`} testId="agent-table">
      <div className={table.wrap}>
        <table className={table.table}>
          <thead className={table.head}>
            <tr>
              <th className={table.th}>Agent</th>
              <th className={table.thNum}>Runs</th>
              <th className={table.thNum}>Succeeded</th>
              <th className={table.thNum}>Failed</th>
              <th className={table.thNum}>Skipped</th>
              <th className={table.thNum}>Success</th>
              <th className={table.thNum}>p50</th>
              <th className={table.thNum}>p95</th>
              <th className={table.thNum}>Tokens</th>
              <th className={table.thNum}>Cost</th>
            </tr>
          </thead>
          <tbody>
            {data.length === 0 ? <EmptyRow colSpan={10}>No agent ran in the last {window}.</EmptyRow> : null}
            {data.map((a) => (
              <tr key={a.agent} className={table.row} data-testid="agent-row" data-agent={a.agent}>
                <td className={table.td}>
                  <div className="font-medium">{agentLabel(labelsFor("en"), a.agent)}</div>
                  <div className={`${table.muted} font-mono`}>{a.agent}</div>
                </td>
                <td className={table.tdNum} data-testid="agent-runs">{formatCount(a.runs)}</td>
                <td className={table.tdNum}>{formatCount(a.succeeded)}</td>
                <td className={table.tdNum}>
                  <span className={a.failed ? "text-red-300" : undefined}>{formatCount(a.failed)}</span>
                </td>
                <td className={table.tdNum}>
                  <span className="text-zinc-400">{formatCount(a.skipped)}</span>
                </td>
                <td className={table.tdNum}>
                  <span className={`font-semibold ${rateTone(a.successRate)}`} data-testid="agent-success">
                    {formatPercent(a.successRate)}
                  </span>
                </td>
                <td className={table.tdNum} data-testid="agent-p50">{formatMs(a.p50Ms)}</td>
                <td className={table.tdNum} data-testid="agent-p95">{formatMs(a.p95Ms)}</td>
                <td className={table.tdNum}>{formatCount(a.tokens)}</td>
                <td className={table.tdNum}>{formatUsd(a.costUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminPanel>
  );
}
