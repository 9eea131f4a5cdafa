"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc-provider";
import { AdminPanel } from "./admin-panel";
import { formatDateTime, formatMs } from "./format";
import { StatTile } from "./stat-tile";

/** Health of the database, the event stream and the job engine, refreshed every 5 s. */
export function HealthPanel() {
  const trpc = useTRPC();
  const { data, dataUpdatedAt } = useQuery({ ...trpc.admin.health.queryOptions(), refetchInterval: 5_000 });
  if (!data) return null;
  const { database, events, engine } = data;
  const lagTone = events.lagMs === null ? "warn" : events.lagMs > 10_000 ? "bad" : "good";
  const oldest = engine?.oldestReady ?? null;
  return (
    <AdminPanel title="Live health" description="The database answering, this server's event listener keeping up with the event log, and the job engine's queue." testId="health-panel"
      actions={<span className="text-xs text-zinc-500" suppressHydrationWarning>checked {formatDateTime(new Date(dataUpdatedAt))}</span>}>
      <div className="flex flex-wrap gap-2">
        <StatTile label="Database" value={database.ok ? "ok" : "down"} tone={database.ok ? "good" : "bad"} hint={database.latencyMs === null ? "no answer" : `answered in ${formatMs(database.latencyMs)}`} testId="health-database" />
        <StatTile label="Event listener" value={events.listening ? "listening" : "not listening"} tone={events.listening ? "good" : "bad"}
          hint={events.newestId === null ? "no events yet" : `newest event #${events.newestId}`} testId="health-listener" />
        <StatTile label="Listener lag" value={events.lagMs === null ? "unknown" : formatMs(events.lagMs)} tone={lagTone}
          hint={events.lastDeliveredAt ? `last delivery at ${formatDateTime(events.lastDeliveredAt).slice(11)}` : "nothing delivered since start"} testId="health-lag" />
        <StatTile label="Engine queue" value={engine ? String(engine.ready) : "—"} tone={engine && engine.ready > 20 ? "warn" : "default"}
          hint={engine ? `${engine.running} running · ${engine.waiting} waiting` : "not reachable"} testId="health-queue" />
        <StatTile label="Oldest pending step" value={oldest ? formatMs(oldest.ageMs) : "none"} tone={oldest && oldest.ageMs > 60_000 ? "warn" : "default"}
          hint={oldest ? oldest.functionId : "the queue is empty"} testId="health-oldest" />
      </div>
    </AdminPanel>
  );
}
