// Run as its own process by postgres-restart.test.ts: one transaction on the product's own database
// client (drizzle over postgres.js), cut by a server restart, then the same client used again.
// A crash here is what the app and the engine would suffer, without a test runner to catch it.
import { sql } from "drizzle-orm";
import { createDatabaseClient } from "@/db/client";

const client = createDatabaseClient(process.env.PROBE_DATABASE_URL!, { max: 2 });
const cut = client.db.transaction(async (tx) => {
  await tx.execute(sql`select 1`);
  console.info("in-transaction");
  await tx.execute(sql`select pg_sleep(60)`);
});
console.info(await cut.then(() => "committed", (error: { code?: string }) => `rejected ${error.code ?? ""}`));
// Bounded: the server is back within seconds; 20 s without an answer is a failure of its own.
for (let attempt = 0; attempt < 100; attempt++) {
  const ok = await client.sql`select 1 as ok`.then(() => true, () => false);
  if (ok) {
    console.info("recovered");
    break;
  }
  await new Promise((r) => setTimeout(r, 200));
}
await client.sql.end({ timeout: 1 });
