import { integer, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

/**
 * How the ICP fit scorer weighs its named criteria for this workspace (weights sum to 100), and
 * the score from which reasoning agents run (the hybrid orchestrator's threshold).
 */
export const scoringProfiles = pgTable("scoring_profiles", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  weights: jsonb("weights").$type<Record<string, number>>().notNull(),
  threshold: integer("threshold").notNull().default(50),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
