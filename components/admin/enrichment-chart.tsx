"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTRPC } from "@/components/providers/trpc-provider";
import type { AdminWindow } from "@/server/api/schemas/admin";
import { AdminPanel } from "./admin-panel";
import { axisProps, chartColors, legendProps, tooltipProps } from "./chart-theme";
import { formatBucket, formatPercent } from "./format";

/** Leads enriched against failed per bucket, with the success rate over them. */
export function EnrichmentChart({ window }: { window: AdminWindow }) {
  const trpc = useTRPC();
  const { data = [] } = useQuery({ ...trpc.admin.enrichment.queryOptions({ window }), placeholderData: keepPreviousData });
  const bucket = window === "24h" ? "hour" : "day";
  const points = data.map((p) => ({ ...p, label: formatBucket(p.at, bucket), rate: p.successRate === null ? null : Math.round(p.successRate * 1000) / 10 }));
  const enriched = data.reduce((sum, p) => sum + p.enriched, 0);
  const failed = data.reduce((sum, p) => sum + p.failed, 0);
  return (
    <AdminPanel title="Enrichment success rate" description={`Leads of runs that finished enrichment, by ${bucket}.`} testId="enrichment-panel"
      actions={<span className="text-sm tabular-nums text-zinc-300" data-testid="enrichment-rate">{formatPercent(enriched + failed ? enriched / (enriched + failed) : null)} <span className="text-zinc-500">of {enriched + failed}</span></span>}>
      <div className="h-64">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke={chartColors.grid} vertical={false} />
            <XAxis dataKey="label" {...axisProps} minTickGap={16} />
            <YAxis yAxisId="count" allowDecimals={false} {...axisProps} />
            <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" {...axisProps} />
            <Tooltip {...tooltipProps} />
            <Legend {...legendProps} />
            <Bar yAxisId="count" dataKey="enriched" name="Enriched" stackId="leads" fill={chartColors.good} radius={[0, 0, 0, 0]} />
            <Bar yAxisId="count" dataKey="failed" name="Failed" stackId="leads" fill={chartColors.bad} radius={[3, 3, 0, 0]} />
            <Line yAxisId="rate" dataKey="rate" name="Success %" stroke={chartColors.brand} strokeWidth={2} dot={{ r: 2 }} connectNulls type="monotone" />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </AdminPanel>
  );
}
