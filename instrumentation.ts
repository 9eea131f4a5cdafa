export async function register() {
  // Only the Node.js server process owns the database and the event listener.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ensureDatabase } = await import("./db/database");
  const { getEventBus } = await import("./server/realtime/get-event-bus");
  await ensureDatabase();
  await getEventBus();
}
