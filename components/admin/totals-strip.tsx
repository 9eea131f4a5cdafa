"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { formatCount, formatUsd } from "./format";
import { StatTile } from "./stat-tile";

export function TotalsStrip() {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.admin.totals.queryOptions(), refetchInterval: 15_000 });
  if (!data) return null;
  return (
    <div className="flex flex-wrap gap-2" aria-label="Totals">
      <StatTile label="Workspaces" value={formatCount(data.workspaces)} hint={`${formatCount(data.users)} users`} testId="total-workspaces" />
      <StatTile label="Runs in progress" value={formatCount(data.jobsRunning)} hint={`${formatCount(data.jobs24h)} started in 24h`} testId="total-running" />
      <StatTile label="Enriched in 24h" value={formatCount(data.enriched24h)} tone={data.enriched24h ? "good" : "default"} testId="total-enriched" />
      <StatTile label="Failed leads" value={formatCount(data.failedLeads)} tone={data.failedLeads ? "bad" : "default"} hint="awaiting retry or review" testId="total-failed" />
      <StatTile label="Model cost in 24h" value={formatUsd(data.costUsd24h)} testId="total-cost" />
    </div>
  );
}
