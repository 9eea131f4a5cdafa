import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { leads } from "./leads";
import { workspaces } from "./workspaces";

/** Pipeline event names (PRODUCT.md). They are stored; the stream maps them to frontend names. */
export const pipelineEventTypes = [
  "pipeline_start",
  "lead_generated",
  "lead_enrichment_start",
  "status_update",
  "lead_enrichment_end",
  "pipeline_end",
  "quota_update",
  "lead_updated",
] as const;
export type PipelineEventType = (typeof pipelineEventTypes)[number];

/** The one ordered log the live board, replay and metrics read. Ids increase in commit order per workspace. */
export const pipelineEvents = pgTable(
  "pipeline_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    jobId: uuid("job_id"),
    leadId: uuid("lead_id").references(() => leads.id, { onDelete: "set null" }),
    type: text("type").$type<PipelineEventType>().notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("pipeline_events_workspace_id_idx").on(t.workspaceId, t.id)],
);
