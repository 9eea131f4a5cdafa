import { parseArgs } from "node:util";
import { z } from "zod";
import { createDatabaseClient } from "@/db/client";
import { startEmbeddedPostgres } from "@/db/embedded-postgres";
import { migrateDatabase } from "@/db/migrate";
import { DEFAULT_RUNS_IN_HAND, startEngine } from "./start-engine";

const usage = `Local Inngest engine: runs the functions of any Inngest app (JS SDK v4 protocol).

  npx tsx inngest/executor/cli.ts --app-url http://localhost:3000/api/inngest [--port 8288]

Options
  --app-url URL        serve route of an app to sync (repeatable)
  --port N             port for the SDK (events, registration) and the run inspector (default 8288)
  --database-url URL   where runs are kept (default DATABASE_URL, else the embedded cluster in .data)
  --workers N          runs driven at once (default 64)
Environment
  INNGEST_SIGNING_KEY, INNGEST_EVENT_KEY   signed mode: sign calls, require the key on registration and events
  ENGINE_LEASE_MS, ENGINE_RETRY_BASE_MS    lease of a claimed run and first retry delay`;

const config = z.object({
  appUrls: z.array(z.url()).default([]),
  port: z.coerce.number().int().min(0).max(65535).default(8288),
  databaseUrl: z.string().optional(),
  workers: z.coerce.number().int().min(1).max(1000).default(DEFAULT_RUNS_IN_HAND),
  signingKey: z.string().optional(),
  eventKey: z.string().optional(),
  leaseMs: z.coerce.number().int().positive().optional(),
  retryBaseMs: z.coerce.number().int().positive().optional(),
  dataDir: z.string().default(".data"),
});

async function main() {
  const { values } = parseArgs({
    options: {
      "app-url": { type: "string", multiple: true },
      port: { type: "string" },
      "database-url": { type: "string" },
      workers: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) return console.log(usage);
  const parsed = config.safeParse({
    appUrls: values["app-url"],
    port: values.port,
    databaseUrl: values["database-url"] ?? process.env.DATABASE_URL,
    workers: values.workers,
    signingKey: process.env.INNGEST_SIGNING_KEY || undefined,
    eventKey: process.env.INNGEST_EVENT_KEY || undefined,
    leaseMs: process.env.ENGINE_LEASE_MS || undefined,
    retryBaseMs: process.env.ENGINE_RETRY_BASE_MS || undefined,
    dataDir: process.env.DATA_DIR || undefined,
  });
  if (!parsed.success) {
    console.error(`engine: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}\n\n${usage}`);
    process.exit(2);
  }
  const c = parsed.data;
  const url = c.databaseUrl ?? (await startEmbeddedPostgres({ dataRoot: c.dataDir })).url;
  await migrateDatabase(url);
  // Runs in hand mostly wait on the app; their writes are short, so the pool need not match them.
  const client = createDatabaseClient(url, { max: Math.min(c.workers, 12) + 4 });
  const engine = await startEngine({ ...c, db: client.db });
  console.info(`[engine] listening on ${engine.url} (${c.signingKey ? "signed" : "dev"} mode), syncing ${c.appUrls.join(", ") || "no app yet"}; runs at ${engine.url}/`);

  const shutdown = async () => {
    await engine.stop();
    await client.sql.end({ timeout: 2 });
    process.exit(0);
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  console.error("[engine] failed to start:", error);
  process.exit(1);
});
