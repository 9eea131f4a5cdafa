const tones: Record<string, string> = {
  completed: "bg-emerald-500/15 text-emerald-300",
  succeeded: "bg-emerald-500/15 text-emerald-300",
  enriched: "bg-emerald-500/15 text-emerald-300",
  running: "bg-sky-500/15 text-sky-300",
  queued: "bg-zinc-700/60 text-zinc-300",
  failed: "bg-red-500/15 text-red-300",
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${tones[status] ?? "bg-zinc-800 text-zinc-300"}`}>{status}</span>;
}
