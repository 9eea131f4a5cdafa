import type { LiveStatus } from "./use-board-events";

const look: Record<LiveStatus, { dot: string; label: string }> = {
  live: { dot: "bg-emerald-400", label: "Live" },
  connecting: { dot: "bg-zinc-500 animate-pulse", label: "Connecting" },
  reconnecting: { dot: "bg-amber-400 animate-pulse", label: "Reconnecting" },
};

export function LiveIndicator({ status }: { status: LiveStatus }) {
  const { dot, label } = look[status];
  return (
    <span className="inline-flex items-center gap-2 rounded-full border border-zinc-800 px-3 py-1 text-xs text-zinc-300" role="status" data-testid="live-status" data-status={status}>
      <span className={`h-2 w-2 rounded-full ${dot}`} />
      {label}
    </span>
  );
}
