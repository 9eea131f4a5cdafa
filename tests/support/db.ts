import { afterAll, inject } from "vitest";
import { createDatabaseClient } from "@/db/client";

/** A client on this run's test database, closed when the file's tests end. */
export function openTestDb() {
  const client = createDatabaseClient(inject("databaseUrl"), { max: 5 });
  afterAll(() => client.sql.end({ timeout: 1 }));
  return client;
}
