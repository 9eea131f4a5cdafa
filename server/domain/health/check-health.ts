import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { EventBus } from "@/server/realtime/event-bus";
import type { JobsCheck } from "./check-jobs";

export type HealthCheck = "ok" | "down";
export type HealthReport = { status: "ok" | "degraded"; checks: { database: HealthCheck; events: HealthCheck; jobs: JobsCheck } };

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timed out")), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Database answers a query; the event listener holds its LISTEN connection; the job engine is reachable. */
export async function checkHealth(deps: { db: () => Promise<Db>; bus: () => Promise<EventBus>; jobs: () => Promise<JobsCheck> }): Promise<HealthReport> {
  const [database, events, jobs] = await Promise.all([
    withTimeout(
      deps.db().then((db) => db.execute(sql`select 1`)),
      3_000,
    ).then(
      (): HealthCheck => "ok",
      (): HealthCheck => "down",
    ),
    withTimeout(deps.bus(), 3_000).then(
      (bus): HealthCheck => (bus.listening ? "ok" : "down"),
      (): HealthCheck => "down",
    ),
    withTimeout(deps.jobs(), 3_500).catch((): JobsCheck => "down"),
  ]);
  const checks = { database, events, jobs };
  const healthy = Object.values(checks).every((state) => state !== "down");
  return { status: healthy ? "ok" : "degraded", checks };
}
