import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres } from "@/db/embedded-postgres";
import { migrateDatabase } from "@/db/migrate";

export type TestDatabase = { url: string; drop: () => Promise<void> };

/**
 * The embedded cluster of this test run: one per run (the main vitest process and the workers
 * it forks share it through the environment), so two runs at once never stop each other's.
 */
function testClusterRoot(): string {
  process.env.NELLIA_TEST_PG_ROOT ??= path.join(".data", "test", `run-${process.pid}`);
  return process.env.NELLIA_TEST_PG_ROOT;
}

/** Clusters of earlier runs that were killed before their teardown. */
function removeStaleClusters() {
  const root = path.join(".data", "test");
  if (!existsSync(root)) return;
  for (const entry of readdirSync(root)) {
    const pid = Number(entry.match(/^run-(\d+)$/)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(path.join(root, entry), { recursive: true, force: true });
    }
  }
}

/**
 * A fresh, migrated database for one test run: on the server named by DATABASE_URL when set,
 * otherwise on an embedded cluster of the run's own in .data/test (never the dev cluster).
 */
export async function createTestDatabase(label: string, opts: { serverUrl?: string; migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `nellia_${label}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  let serverUrl: URL;
  let stopCluster = async () => {};
  if (opts.serverUrl ?? process.env.DATABASE_URL) {
    serverUrl = new URL((opts.serverUrl ?? process.env.DATABASE_URL)!);
  } else {
    if (!process.env.NELLIA_TEST_PG_ROOT) removeStaleClusters();
    const dataRoot = testClusterRoot();
    const cluster = await startEmbeddedPostgres({ dataRoot, database: "postgres" });
    serverUrl = new URL(cluster.url);
    if (cluster.owned) stopCluster = async () => {
      await cluster.stop();
      rmSync(dataRoot, { recursive: true, force: true });
    };
  }
  const admin = postgres(serverUrl.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  if (opts.migrate !== false) await migrateDatabase(url.toString());
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
