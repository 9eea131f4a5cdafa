"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { AdminWindow } from "@/server/api/schemas/admin";
import { AdminPanel } from "./admin-panel";
import { axisProps, chartColors, legendProps, tooltipProps } from "./chart-theme";
import { formatBucket, formatMs } from "./format";

/** All agents together over time: success rate, and p50/p95 duration. */
export function AgentTrendCharts({ window }: { window: AdminWindow }) {
  const trpc = useTRPC();
  const { data = [] } = useQuery({ ...trpc.admin.agentTrend.queryOptions({ window }), placeholderData: keepPreviousData });
  const bucket = window === "24h" ? "hour" : "day";
  const points = data.map((p) => ({
    label: formatBucket(p.at, bucket),
    runs: p.runs,
    rate: p.successRate === null ? null : Math.round(p.successRate * 1000) / 10,
    p50: p.p50Ms === null ? null : p.p50Ms / 1000,
    p95: p.p95Ms === null ? null : p.p95Ms / 1000,
  }));
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <AdminPanel title="Success rate over time" description={`Succeeded ÷ (succeeded + failed), by ${bucket}.`} testId="agent-success-chart">
        <div className="h-60">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid stroke={chartColors.grid} vertical={false} />
              <XAxis dataKey="label" {...axisProps} minTickGap={16} />
              <YAxis domain={[0, 100]} unit="%" {...axisProps} />
              <Tooltip {...tooltipProps} formatter={(value, name) => (name === "Success" ? `${value}%` : value)} />
              <Line dataKey="rate" name="Success" stroke={chartColors.good} strokeWidth={2} dot={{ r: 2 }} connectNulls type="monotone" />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </AdminPanel>
      <AdminPanel title="Agent run duration" description={`p50 and p95 of one agent run, by ${bucket}.`} testId="agent-duration-chart">
        <div className="h-60">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid stroke={chartColors.grid} vertical={false} />
              <XAxis dataKey="label" {...axisProps} minTickGap={16} />
              <YAxis width={64} tickFormatter={(v: number) => formatMs(v * 1000)} {...axisProps} />
              <Tooltip {...tooltipProps} formatter={(value) => formatMs(typeof value === "number" ? value * 1000 : null)} />
              <Legend {...legendProps} />
              <Line dataKey="p50" name="p50" stroke={chartColors.p50} strokeWidth={2} dot={{ r: 2 }} connectNulls type="monotone" />
              <Line dataKey="p95" name="p95" stroke={chartColors.p95} strokeWidth={2} dot={{ r: 2 }} connectNulls type="monotone" />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </AdminPanel>
    </div>
  );
}
