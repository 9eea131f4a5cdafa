import { index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { factMethods } from "@/inngest/agents/agent";
import { leads } from "./leads";
import { workspaces } from "./workspaces";

export const factMethod = pgEnum("fact_method", factMethods);
export const agentRunStatuses = ["running", "succeeded", "failed", "skipped"] as const;
export const agentRunStatus = pgEnum("agent_run_status", agentRunStatuses);

/** One finding per lead, agent and key, with where it came from and how sure we are. */
export const leadFacts = pgTable(
  "lead_facts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => leads.id, { onDelete: "cascade" }),
    agent: text("agent").notNull(),
    key: text("key").notNull(),
    value: jsonb("value").notNull(),
    method: factMethod("method").notNull(),
    sourceUrl: text("source_url"),
    confidence: real("confidence").notNull(),
    retrievedAt: timestamp("retrieved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // A retried step overwrites its own facts instead of adding copies.
  (t) => [unique("lead_facts_lead_agent_key_unique").on(t.leadId, t.agent, t.key)],
);

/** One row per lead and agent: the step timeline and the admin's agent metrics read it. */
export const agentRuns = pgTable(
  "agent_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => leads.id, { onDelete: "cascade" }),
    jobId: uuid("job_id"),
    agent: text("agent").notNull(),
    status: agentRunStatus("status").notNull(),
    attempt: integer("attempt").notNull().default(1),
    message: text("message"),
    error: text("error"),
    /** Machine-readable cause (invalid_domain, site_unreadable, ...): admin's top error reasons. */
    errorReason: text("error_reason"),
    /** The model a reasoning agent called ("provider/model"); null for deterministic agents and fallbacks. */
    model: text("model"),
    tokens: integer("tokens").notNull().default(0),
    costUsd: real("cost_usd").notNull().default(0),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    durationMs: integer("duration_ms"),
  },
  (t) => [unique("agent_runs_lead_agent_unique").on(t.leadId, t.agent), index("agent_runs_agent_idx").on(t.agent, t.startedAt)],
);

/** Pages the crawler read, so later agents work from the same copy without fetching again. */
export const crawledPages = pgTable(
  "crawled_pages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    leadId: uuid("lead_id")
      .notNull()
      .references(() => leads.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    page: jsonb("page").$type<Record<string, unknown>>().notNull(),
    fetchedAt: timestamp("fetched_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("crawled_pages_lead_url_unique").on(t.leadId, t.url)],
);
