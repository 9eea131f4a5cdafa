export async function register() {
  // Only the Node.js server process owns the database, the event listener and the demo web.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./server/env");
  const { productionProblems, productionProblemsMessage } = await import("./server/production-problems");
  const problems = productionProblems(env);
  if (problems.length > 0) {
    // Before the database is touched (no migration, no demo seeding) and before any request is served.
    console.error(productionProblemsMessage(problems));
    process.exit(1);
  }
  const { ensureDatabase } = await import("./db/database");
  const { getEventBus } = await import("./server/realtime/get-event-bus");
  const { getDemoWeb } = await import("./server/pipeline/demo-services");
  const { exitWithLauncher } = await import("./inngest/executor/exit-with-launcher");
  exitWithLauncher();
  await ensureDatabase();
  await getEventBus();
  const web = await getDemoWeb();
  if (web) console.info(`[demo-web] ${web.catalog.sites.length} fictional company sites on ${web.origin}`);
}
