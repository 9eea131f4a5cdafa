import "server-only";
import { demoMode, env } from "@/server/env";
import { createDatabaseClient, type DatabaseClient, type Db } from "./client";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { migrateDatabase } from "./migrate";
import { seedDemo } from "./seed";

export type Database = DatabaseClient & {
  /** URL for the LISTEN connection: it must bypass a transaction-mode pooler. */
  listenUrl: string;
  embedded: boolean;
};

const globalForDb = globalThis as unknown as { nelliaDatabase?: Promise<Database> };

async function boot(): Promise<Database> {
  let url = env.DATABASE_URL;
  let embedded = false;
  if (!url) {
    const cluster = await startEmbeddedPostgres({ dataRoot: env.DATA_DIR, port: env.EMBEDDED_PG_PORT });
    url = cluster.url;
    embedded = true;
    console.info(`[db] embedded PostgreSQL on 127.0.0.1:${cluster.port} (data in ${env.DATA_DIR}/pg)`);
  }
  // Through the direct URL: the migrator's session lock does not survive a transaction pooler.
  await migrateDatabase(env.DATABASE_URL_UNPOOLED ?? url);
  const client = createDatabaseClient(url, { logSql: env.LOG_SQL });
  if (demoMode) await seedDemo(client.db);
  return { ...client, listenUrl: env.DATABASE_URL_UNPOOLED ?? url, embedded };
}

/**
 * Starts the database once per process (embedded when no DATABASE_URL), migrated and seeded.
 * Kept on globalThis so `next dev` hot reloads reuse it instead of opening new pools.
 */
export function ensureDatabase(): Promise<Database> {
  globalForDb.nelliaDatabase ??= boot().catch((error: unknown) => {
    globalForDb.nelliaDatabase = undefined;
    throw error;
  });
  return globalForDb.nelliaDatabase;
}

export async function getDb(): Promise<Db> {
  return (await ensureDatabase()).db;
}
