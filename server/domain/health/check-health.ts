import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { EventBus } from "@/server/realtime/event-bus";

export type HealthCheck = "ok" | "down";
export type HealthReport = { status: "ok" | "degraded"; checks: { database: HealthCheck; events: HealthCheck } };

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timed out")), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Database answers a query; the event listener holds its LISTEN connection. */
export async function checkHealth(deps: { db: () => Promise<Db>; bus: () => Promise<EventBus> }): Promise<HealthReport> {
  const database: HealthCheck = await withTimeout(
    deps.db().then((db) => db.execute(sql`select 1`)),
    3_000,
  ).then(
    () => "ok",
    () => "down",
  );
  const events: HealthCheck = await withTimeout(deps.bus(), 3_000).then(
    (bus) => (bus.listening ? "ok" : "down"),
    () => "down",
  );
  const checks = { database, events };
  return { status: database === "ok" && events === "ok" ? "ok" : "degraded", checks };
}
