"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { AdminWindow } from "@/server/api/schemas/admin";
import { AdminPanel, table } from "./admin-panel";
import { axisProps, chartColors, legendProps, tooltipProps } from "./chart-theme";
import { formatMs } from "./format";

/** Start-to-finish time of finished runs by how many leads they asked for. */
export function PipelineTimesChart({ window }: { window: AdminWindow }) {
  const trpc = useTRPC();
  const { data = [] } = useQuery({ ...trpc.admin.pipelineTimes.queryOptions({ window }), placeholderData: keepPreviousData });
  const points = data.map((p) => ({ ...p, p50: p.p50Ms === null ? null : p.p50Ms / 1000, p95: p.p95Ms === null ? null : p.p95Ms / 1000 }));
  return (
    <AdminPanel title="Pipeline execution times" description="Finished runs, start to finish, by leads requested." testId="pipeline-times">
      <div className="h-44">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke={chartColors.grid} vertical={false} />
            <XAxis dataKey="size" {...axisProps} />
            <YAxis width={64} tickFormatter={(v: number) => formatMs(v * 1000)} {...axisProps} />
            <Tooltip {...tooltipProps} formatter={(value) => formatMs(typeof value === "number" ? value * 1000 : null)} />
            <Legend {...legendProps} />
            <Bar dataKey="p50" name="p50" fill={chartColors.p50} radius={[3, 3, 0, 0]} />
            <Bar dataKey="p95" name="p95" fill={chartColors.p95} radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className={`${table.wrap} mt-3`}>
        <table className={table.table}>
          <thead className={table.head}>
            <tr>
              <th className={table.th}>Leads requested</th>
              <th className={table.thNum}>Runs</th>
              <th className={table.thNum}>p50</th>
              <th className={table.thNum}>p95</th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.size} className={table.row} data-testid="pipeline-bucket" data-size={row.size}>
                <td className={table.td}>{row.size}</td>
                <td className={table.tdNum}>{row.jobs}</td>
                <td className={table.tdNum}>{formatMs(row.p50Ms)}</td>
                <td className={table.tdNum}>{formatMs(row.p95Ms)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminPanel>
  );
}
