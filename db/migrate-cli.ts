// `npm run db:migrate`: applies the checked-in migrations (for deploys: vercel.json runs it before
// `next build`, so every release is migrated before it serves). A transaction pooler cannot hold
// the session lock that keeps concurrent migrators apart, so the direct URL is used when given.
import { migrateDatabase } from "./migrate";

const url = process.env.DATABASE_URL_UNPOOLED || process.env.DATABASE_URL;
if (!url) {
  console.error("db:migrate: set DATABASE_URL (and DATABASE_URL_UNPOOLED behind a pooler) to the database to migrate; the embedded one migrates itself on start.");
  process.exit(2);
}
migrateDatabase(url).then(
  () => console.info("db:migrate: up to date"),
  (error: unknown) => {
    console.error("db:migrate failed:", error);
    process.exit(1);
  },
);
