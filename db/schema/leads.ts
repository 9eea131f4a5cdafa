import { doublePrecision, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { leadStages, leadStatuses, leadTiers } from "./lead-values";
import { workspaces } from "./workspaces";

export * from "./lead-values";

export const leadStage = pgEnum("lead_stage", leadStages);
export const leadStatus = pgEnum("lead_status", leadStatuses);
export const leadTier = pgEnum("lead_tier", leadTiers);

export const leads = pgTable(
  "leads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    jobId: uuid("job_id"),
    /** Position in its job's discovery: a retried discovery step finds its lead instead of adding another. */
    discoveryIndex: integer("discovery_index"),
    domain: text("domain").notNull(),
    companyName: text("company_name"),
    stage: leadStage("stage").notNull().default("prospecting"),
    status: leadStatus("status").notNull().default("new"),
    score: integer("score"),
    /** Order within its stage column (fractional, so a move rewrites one row). */
    position: doublePrecision("position").notNull().default(0),
    /** As stated by the company (profiler), for the board's industry filter. */
    industry: text("industry"),
    tier: leadTier("tier"),
    source: text("source").notNull().default("manual"),
    /** Agents finished of the plan chosen for this lead, the one running now, and what it last said. */
    progressDone: integer("progress_done").notNull().default(0),
    progressTotal: integer("progress_total").notNull().default(0),
    currentAgent: text("current_agent"),
    statusMessage: text("status_message"),
    /** The hybrid orchestrator's choice for this lead ("full" or "limited") and why, in the workspace's language. */
    plan: text("plan", { enum: ["full", "limited"] }),
    planReason: text("plan_reason"),
    error: text("error"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A workspace knows a company once: re-adding it is refused, and later runs treat it as free.
    unique("leads_workspace_domain_unique").on(t.workspaceId, t.domain),
    index("leads_workspace_stage_idx").on(t.workspaceId, t.stage),
    unique("leads_job_discovery_unique").on(t.jobId, t.discoveryIndex),
  ],
);
