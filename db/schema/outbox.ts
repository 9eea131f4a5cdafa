import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Mail that would have been sent, when no SMTP server is configured (read at /dev/outbox). */
export const devOutbox = pgTable("dev_outbox", {
  id: uuid("id").primaryKey().defaultRandom(),
  to: text("to").notNull(),
  subject: text("subject").notNull(),
  body: text("body").notNull(),
  url: text("url"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
