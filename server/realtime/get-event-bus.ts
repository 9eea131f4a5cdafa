import "server-only";
import { ensureDatabase } from "@/db/database";
import { EventBus } from "./event-bus";

const globalForBus = globalThis as unknown as { nelliaEventBus?: Promise<EventBus> };

/** The process's one bus, started on first use and kept across `next dev` hot reloads. */
export function getEventBus(): Promise<EventBus> {
  globalForBus.nelliaEventBus ??= (async () => {
    const database = await ensureDatabase();
    const bus = new EventBus(database.db, database.listenUrl);
    await bus.start();
    return bus;
  })().catch((error: unknown) => {
    globalForBus.nelliaEventBus = undefined;
    throw error;
  });
  return globalForBus.nelliaEventBus;
}
