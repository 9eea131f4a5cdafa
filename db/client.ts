import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
/** A database handle or an open transaction: domain functions accept either. */
export type Db = PostgresJsDatabase<Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type DatabaseClient = { db: Db; sql: postgres.Sql; url: string };

export function createDatabaseClient(url: string, opts: { max?: number; logSql?: boolean } = {}): DatabaseClient {
  const sql = postgres(url, { max: opts.max ?? 10, onnotice: () => {}, idle_timeout: 30 });
  const db = drizzle(sql, { schema, logger: opts.logSql ?? false });
  return { db, sql, url };
}
