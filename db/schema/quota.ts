import { bigserial, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

/**
 * The workspace's balance for the current period, changed only by conditional updates
 * (`used + reserved + n <= limit`), so concurrent runs can never overspend.
 */
export const workspaceQuotas = pgTable("workspace_quotas", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  periodStart: timestamp("period_start", { withTimezone: true }).notNull(),
  periodEnd: timestamp("period_end", { withTimezone: true }).notNull(),
  /** null: unlimited (Enterprise). */
  limit: integer("limit"),
  used: integer("used").notNull().default(0),
  /** Extra leads staff granted for this period only; back to zero when a new period starts. */
  bonus: integer("bonus").notNull().default(0),
  reserved: integer("reserved").notNull().default(0),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const quotaEntryKinds = ["reserve", "charge", "refund", "release", "reset", "grant", "plan"] as const;
export const quotaEntryKind = pgEnum("quota_entry_kind", quotaEntryKinds);

/** Every change to a balance, with why: the receipt of a run is its rows here. */
export const quotaLedger = pgTable(
  "quota_ledger",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    jobId: uuid("job_id"),
    leadId: uuid("lead_id"),
    kind: quotaEntryKind("kind").notNull(),
    amount: integer("amount").notNull(),
    reason: text("reason").notNull(),
    usedAfter: integer("used_after").notNull(),
    reservedAfter: integer("reserved_after").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("quota_ledger_workspace_idx").on(t.workspaceId, t.id), index("quota_ledger_job_idx").on(t.jobId)],
);
