import { sql, type SQL } from "drizzle-orm";
import type { AdminWindow } from "@/server/api/schemas/admin";

const intervals: Record<AdminWindow, string> = { "24h": "24 hours", "7d": "7 days", "30d": "30 days" };

/** The window's start as SQL (`now() - interval`), so figures and the database agree on "now". */
export function windowStart(window: AdminWindow): SQL {
  return sql`now() - ${intervals[window]}::interval`;
}

/** Charts over a day read by the hour; longer windows by the day. */
export function windowBucket(window: AdminWindow): "hour" | "day" {
  return window === "24h" ? "hour" : "day";
}
