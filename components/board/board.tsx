"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "@/components/providers/trpc-provider";
import { AddLeadForm } from "./add-lead-form";
import { BoardColumn } from "./board-column";
import { columnOrder, groupByColumn } from "./board-columns";
import { JobBanner } from "./job-banner";
import { LiveIndicator } from "./live-indicator";
import { QuotaMeter } from "./quota-meter";
import { StartProspecting } from "./start-prospecting";
import { useBoardEvents } from "./use-board-events";

export function Board() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.leads.list.queryOptions());
  const live = useBoardEvents(data.cursor);
  const columns = useMemo(() => groupByColumn(data.leads), [data.leads]);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 pt-6">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Pipeline</h1>
          <p className="mt-0.5 text-sm text-zinc-400" data-testid="lead-total">
            {data.leads.length} {data.leads.length === 1 ? "lead" : "leads"}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-4">
          <div className="pt-1">
            <QuotaMeter />
          </div>
          <AddLeadForm />
          <StartProspecting />
          <div className="pt-2">
            <LiveIndicator status={live} />
          </div>
        </div>
      </div>
      <JobBanner />
      <div className="flex min-h-0 flex-1 gap-3 overflow-x-auto px-6 pb-6 pt-2" data-testid="board">
        {columnOrder.map((id) => (
          <BoardColumn key={id} id={id} leads={columns[id]} />
        ))}
      </div>
    </div>
  );
}
