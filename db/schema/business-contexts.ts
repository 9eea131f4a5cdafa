import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

/** The workspace's ideal customer profile: what prospecting searches for and agents write about. */
export const businessContexts = pgTable("business_contexts", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  businessDescription: text("business_description").notNull().default(""),
  productService: text("product_service").notNull().default(""),
  valueProposition: text("value_proposition").notNull().default(""),
  targetMarket: text("target_market").notNull().default(""),
  idealCustomer: text("ideal_customer").notNull().default(""),
  painPoints: jsonb("pain_points").$type<string[]>().notNull().default([]),
  competitiveAdvantage: text("competitive_advantage").notNull().default(""),
  competitors: jsonb("competitors").$type<string[]>().notNull().default([]),
  industryFocus: jsonb("industry_focus").$type<string[]>().notNull().default([]),
  geographicFocus: jsonb("geographic_focus").$type<string[]>().notNull().default([]),
  extraQuery: text("extra_query"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
