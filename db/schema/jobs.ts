import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { workspaces } from "./workspaces";

export const jobStatuses = ["queued", "running", "completed", "failed"] as const;
export const jobStatus = pgEnum("job_status", jobStatuses);

export type JobSource =
  | { kind: "search"; query?: string }
  | { kind: "domains"; domains: string[] };

export const prospectingJobs = pgTable(
  "prospecting_jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    status: jobStatus("status").notNull().default("queued"),
    requestedCount: integer("requested_count").notNull(),
    source: jsonb("source").$type<JobSource>().notNull(),
    queries: jsonb("queries").$type<string[]>(),
    /** Where discovery resumes: query index and result offset (search), or list position (domains). */
    cursor: jsonb("cursor").$type<{ query: number; offset: number }>().notNull().default({ query: 0, offset: 0 }),
    discoveryFinishedAt: timestamp("discovery_finished_at", { withTimezone: true }),
    foundCount: integer("found_count").notNull().default(0),
    duplicateCount: integer("duplicate_count").notNull().default(0),
    enrichedCount: integer("enriched_count").notNull().default(0),
    failedCount: integer("failed_count").notNull().default(0),
    reserved: integer("reserved").notNull().default(0),
    charged: integer("charged").notNull().default(0),
    refunded: integer("refunded").notNull().default(0),
    error: text("error"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("prospecting_jobs_workspace_idx").on(t.workspaceId, t.createdAt)],
);
