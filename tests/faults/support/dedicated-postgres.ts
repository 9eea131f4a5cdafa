import { rmSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/db/embedded-postgres";
import { freePort } from "@/db/free-port";
import { migrateDatabase } from "@/db/migrate";

/**
 * An embedded PostgreSQL cluster of this test file alone (never the run's shared cluster, never
 * 5432), so the file can stop and start the server under a running app. The port stays the same
 * across restarts: the app and the engine keep their DATABASE_URL.
 */
export async function startDedicatedPostgres(label: string) {
  const dataRoot = path.join(".data", "test", `${label}-${process.pid}`);
  const database = `nellia_${label.replaceAll("-", "_")}`;
  const port = await freePort();
  const boot = async () => {
    const cluster = await startEmbeddedPostgres({ dataRoot, port, database });
    if (!cluster.owned) throw new Error(`another process runs a cluster on ${dataRoot}`);
    return cluster;
  };
  let cluster: EmbeddedDatabase | null = await boot();
  await migrateDatabase(cluster.url);
  const url = cluster.url;

  return {
    url,
    /** A fast shutdown (SIGINT): open connections are cut and their transactions rolled back. */
    stop: async () => {
      await cluster?.stop();
      cluster = null;
    },
    start: async () => {
      cluster = await boot();
    },
    destroy: async () => {
      await cluster?.stop();
      cluster = null;
      rmSync(dataRoot, { recursive: true, force: true });
    },
  };
}
