"use client";

import { useLabels } from "@/components/i18n/language-provider";
import type { LiveStatus } from "./use-board-events";

const dots: Record<LiveStatus, string> = {
  live: "bg-emerald-400",
  connecting: "bg-zinc-500 animate-pulse",
  reconnecting: "bg-amber-400 animate-pulse",
};

export function LiveIndicator({ status }: { status: LiveStatus }) {
  const dot = dots[status];
  const label = useLabels().board.live[status];
  return (
    <span className="inline-flex items-center gap-2 rounded-full border border-zinc-800 px-3 py-1 text-xs text-zinc-300" role="status" data-testid="live-status" data-status={status}>
      <span className={`h-2 w-2 rounded-full ${dot}`} />
      {label}
    </span>
  );
}
