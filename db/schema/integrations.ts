import { bigint, boolean, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { workspaces } from "./workspaces";

/** A workspace's key for the public API: only its hash is kept; the prefix lets people tell keys apart. */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The first characters of the key ("npk_3f9a…"), shown in settings and logs. */
    prefix: text("prefix").notNull(),
    /** SHA-256 of the whole key, hex. */
    hash: text("hash").notNull().unique(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("api_keys_workspace_idx").on(t.workspaceId)],
);

/** Events a webhook endpoint can subscribe to (names are part of the contract). */
export const webhookEventTypes = ["lead.enriched", "job.completed", "quota.updated"] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** Where a workspace wants its events delivered, signed with the endpoint's own secret (Standard Webhooks). */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    description: text("description"),
    events: text("events").array().$type<WebhookEventType[]>().notNull(),
    /** "whsec_" + base64 key, as the Standard Webhooks libraries expect it. */
    secret: text("secret").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhook_endpoints_workspace_idx").on(t.workspaceId)],
);

export const webhookDeliveryStatuses = ["pending", "succeeded", "failed"] as const;
export const webhookDeliveryStatus = pgEnum("webhook_delivery_status", webhookDeliveryStatuses);

/** One event to one endpoint: its payload, attempts and last answer, for the delivery log and replays. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    /** The pipeline event it carries (null for a test ping). */
    eventId: bigint("event_id", { mode: "number" }),
    eventType: text("event_type").notNull(),
    /** The `webhook-id` header: stable across retries and replays so receivers can de-duplicate. */
    messageId: text("message_id").notNull(),
    payload: text("payload").notNull(),
    status: webhookDeliveryStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (t) => [index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt), index("webhook_deliveries_workspace_idx").on(t.workspaceId, t.createdAt)],
);

/** Fixed-window counters for rate limits (sign-in, starting runs, API keys): shared by every app instance. */
export const rateLimitWindows = pgTable(
  "rate_limit_windows",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
