"use client";

import { useState } from "react";
import type { AdminWindow } from "@/server/api/schemas/admin";
import { AgentTable } from "./agent-table";
import { AgentTrendCharts } from "./agent-trend-charts";
import { ErrorReasons } from "./error-reasons";
import { WindowPicker } from "./window-picker";

export function AgentsView() {
  const [window, setWindow] = useState<AdminWindow>("7d");
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Agent performance</h1>
          <p className="text-sm text-zinc-400">From every recorded agent run. Success rate counts succeeded against failed; skipped runs are neither.</p>
        </div>
        <WindowPicker value={window} onChange={setWindow} />
      </div>
      <AgentTrendCharts window={window} />
      <AgentTable window={window} />
      <ErrorReasons window={window} />
    </>
  );
}
