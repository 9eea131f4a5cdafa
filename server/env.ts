import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false"])
  .optional()
  .transform((v) => v === "1" || v === "true");
/** Like `flag`, but unset stays undefined so a default can be derived. */
const optionalFlag = z
  .enum(["1", "0", "true", "false"])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === "1" || v === "true"));

/** The one place that reads process.env; everything else imports `env`. */
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// URL" }).optional(),
    DATABASE_URL_UNPOOLED: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATA_DIR: z.string().default(".data"),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    // Read by Auth.js itself; validated here so a typo fails at start, not at the first sign-in.
    AUTH_URL: z.url().optional(),
    SEED_DEMO: flag,
    EMAIL_SERVER: z.string().optional(),
    EMAIL_FROM: z.string().default("Nellia Prospector <no-reply@nellia.dev>"),
    LOG_SQL: flag,
    /** The local fictional web that demo-mode prospecting discovers and crawls. */
    DEMO_WEB: optionalFlag,
    DEMO_WEB_SITES: z.coerce.number().int().min(0).max(100_000).default(2_000),
    /** Lets the crawler reach loopback and private addresses: for the demo web only, never in production. */
    CRAWLER_ALLOW_PRIVATE_NETWORKS: optionalFlag,
    INNGEST_SIGNING_KEY: z.string().optional(),
    INNGEST_EVENT_KEY: z.string().optional(),
    INNGEST_DEV: z.string().optional(),
    INNGEST_BASE_URL: z.url().optional(),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});

/** Embedded database, or an explicit request: the demo accounts are seeded. */
export const demoMode = !env.DATABASE_URL || env.SEED_DEMO;

/** The demo web runs (and search uses it) by default wherever the demo data is seeded. */
export const demoWebEnabled = env.DEMO_WEB ?? demoMode;

/** Loopback is reachable for the crawler only where the demo web needs it, or when set explicitly. */
export const crawlerAllowsPrivateNetworks = env.CRAWLER_ALLOW_PRIVATE_NETWORKS ?? demoWebEnabled;
