import { bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Tables of the bundled local Inngest engine (inngest/executor). Inngest Cloud keeps the same state itself.

export const engineApps = pgTable("engine_apps", {
  url: text("url").primaryKey(),
  appName: text("app_name").notNull(),
  functions: jsonb("functions").$type<unknown[]>().notNull(),
  syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
});

export const engineEvents = pgTable(
  "engine_events",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    ts: timestamp("ts", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("engine_events_name_ts_idx").on(t.name, t.ts)],
);

export const engineRunStatuses = ["queued", "running", "waiting", "completed", "failed", "cancelled"] as const;
export type EngineRunStatus = (typeof engineRunStatuses)[number];

export const engineRuns = pgTable(
  "engine_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    appUrl: text("app_url").notNull(),
    functionId: text("function_id").notNull(),
    event: jsonb("event").$type<Record<string, unknown>>().notNull(),
    status: text("status").$type<EngineRunStatus>().notNull().default("queued"),
    /** Memoised step results by hashed step id: { data } or { error }. */
    steps: jsonb("steps").$type<Record<string, unknown>>().notNull().default({}),
    /** Hashed step ids in the order they finished. */
    stack: jsonb("stack").$type<string[]>().notNull().default([]),
    /** Operations the function is waiting on: planned steps, sleeps, event waits, invocations. */
    pending: jsonb("pending").$type<unknown[]>().notNull().default([]),
    attempt: integer("attempt").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull(),
    requestVersion: integer("request_version").notNull().default(-1),
    runAfter: timestamp("run_after", { withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    workerId: text("worker_id"),
    concurrencyKey: text("concurrency_key"),
    concurrencyLimit: integer("concurrency_limit"),
    parentRunId: uuid("parent_run_id"),
    parentStepId: text("parent_step_id"),
    output: jsonb("output"),
    error: jsonb("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    index("engine_runs_claim_idx").on(t.status, t.runAfter),
    index("engine_runs_concurrency_idx").on(t.concurrencyKey, t.status),
    index("engine_runs_function_idx").on(t.functionId, t.createdAt),
  ],
);

/** Every step attempt the engine saw, for the read-only run inspector. */
export const engineSteps = pgTable(
  "engine_steps",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    runId: uuid("run_id")
      .notNull()
      .references(() => engineRuns.id, { onDelete: "cascade" }),
    stepId: text("step_id").notNull(),
    name: text("name"),
    op: text("op").notNull(),
    status: text("status").notNull(),
    attempt: integer("attempt").notNull(),
    durationMs: integer("duration_ms"),
    output: jsonb("output"),
    error: jsonb("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("engine_steps_run_idx").on(t.runId, t.id)],
);

/**
 * What a parked run waits for from outside: an event (step.waitForEvent) or a child run
 * (step.invoke). Others only fill in `resolution` and wake the run; the worker that holds
 * the run applies it, so a run's state has one writer at a time.
 */
export const engineWaits = pgTable(
  "engine_waits",
  {
    runId: uuid("run_id")
      .notNull()
      .references(() => engineRuns.id, { onDelete: "cascade" }),
    stepId: text("step_id").notNull(),
    kind: text("kind").$type<"event" | "invoke">().notNull(),
    eventName: text("event_name"),
    expression: text("expression"),
    childRunId: uuid("child_run_id"),
    resolution: jsonb("resolution"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.stepId] }), index("engine_waits_event_idx").on(t.eventName), index("engine_waits_child_idx").on(t.childRunId)],
);
