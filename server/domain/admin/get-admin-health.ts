import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { EventBus } from "@/server/realtime/event-bus";
import { getEngineQueue, type EngineQueue } from "./get-engine-queue";

export type AdminHealth = {
  database: { ok: boolean; latencyMs: number | null };
  events: {
    /** This process's LISTEN connection is up. */
    listening: boolean;
    newestId: number | null;
    newestAt: Date | null;
    /** When this process's bus last delivered events. */
    lastDeliveredAt: Date | null;
    /**
     * How long the newest event has waited for delivery: 0 when the bus delivered after it was
     * written, null when this process has delivered nothing yet (so the lag cannot be told).
     */
    lagMs: number | null;
  };
  engine: EngineQueue | null;
};

/** Live health for staff: one timed query each for the database, the event log and the engine queue. */
export async function getAdminHealth(deps: { db: Db; bus: () => Promise<Pick<EventBus, "listening" | "lastEventAt">> }): Promise<AdminHealth> {
  const started = performance.now();
  const database = await deps.db.execute(sql`select 1`).then(
    () => ({ ok: true, latencyMs: Math.round(performance.now() - started) }),
    () => ({ ok: false, latencyMs: null }),
  );
  if (!database.ok) return { database, events: { listening: false, newestId: null, newestAt: null, lastDeliveredAt: null, lagMs: null }, engine: null };
  const [newest] = await deps.db.execute<{ id: string; created_at: string; age_ms: number }>(
    sql`select id, created_at, extract(epoch from (now() - created_at)) * 1000 as age_ms from pipeline_events order by id desc limit 1`,
  );
  const bus = await deps.bus().catch(() => null);
  const newestAt = newest ? new Date(newest.created_at) : null;
  const lastDeliveredAt = bus?.lastEventAt ?? null;
  const lagMs = !newestAt ? 0 : !lastDeliveredAt ? null : lastDeliveredAt >= newestAt ? 0 : Math.max(0, Math.round(Number(newest!.age_ms)));
  return {
    database,
    events: { listening: bus?.listening ?? false, newestId: newest ? Number(newest.id) : null, newestAt, lastDeliveredAt, lagMs },
    engine: await getEngineQueue({ db: deps.db }),
  };
}
