import { desc } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { devOutbox } from "@/db/schema";

export function listOutbox({ db }: { db: DbOrTx }, limit = 50) {
  return db.select().from(devOutbox).orderBy(desc(devOutbox.createdAt)).limit(limit);
}
