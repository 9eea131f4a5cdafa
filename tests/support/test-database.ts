import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { startEmbeddedPostgres } from "@/db/embedded-postgres";
import { migrateDatabase } from "@/db/migrate";

export type TestDatabase = { url: string; drop: () => Promise<void> };

/**
 * A fresh, migrated database for one test run: on the server named by DATABASE_URL when set,
 * otherwise on an embedded cluster of its own in .data/test (never the dev cluster).
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `nellia_${label}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  let serverUrl: URL;
  let stopCluster = async () => {};
  if (process.env.DATABASE_URL) {
    serverUrl = new URL(process.env.DATABASE_URL);
  } else {
    const cluster = await startEmbeddedPostgres({ dataRoot: ".data/test", database: "postgres" });
    serverUrl = new URL(cluster.url);
    stopCluster = cluster.stop;
  }
  const admin = postgres(serverUrl.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  return {
    url: url.toString(),
    drop: async () => {
      const sql = postgres(serverUrl.toString(), { max: 1, onnotice: () => {} });
      await sql.unsafe(`drop database if exists "${name}" with (force)`).catch(() => {});
      await sql.end();
      await stopCluster();
    },
  };
}
