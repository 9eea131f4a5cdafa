"use client";

import { useState } from "react";
import type { AdminWindow } from "@/server/api/schemas/admin";
import { EnrichmentChart } from "./enrichment-chart";
import { HealthPanel } from "./health-panel";
import { PipelineTimesChart } from "./pipeline-times-chart";
import { TotalsStrip } from "./totals-strip";
import { WindowPicker } from "./window-picker";

export function AdminOverview() {
  const [window, setWindow] = useState<AdminWindow>("7d");
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Overview</h1>
          <p className="text-sm text-zinc-400">Every workspace, as recorded: nothing here is sampled or estimated.</p>
        </div>
        <WindowPicker value={window} onChange={setWindow} />
      </div>
      <TotalsStrip />
      <HealthPanel />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <EnrichmentChart window={window} />
        <PipelineTimesChart window={window} />
      </div>
    </>
  );
}
