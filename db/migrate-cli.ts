// `npm run db:migrate`: applies the checked-in migrations to DATABASE_URL (for deploys and CI).
import { migrateDatabase } from "./migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("db:migrate: set DATABASE_URL to the database to migrate (the embedded one migrates itself on start).");
  process.exit(2);
}
migrateDatabase(url).then(
  () => console.info("db:migrate: up to date"),
  (error: unknown) => {
    console.error("db:migrate failed:", error);
    process.exit(1);
  },
);
