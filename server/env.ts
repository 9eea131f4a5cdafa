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
    /** This production deployment is a public demo on purpose: seeding, the fictional web and the dev engine are allowed. */
    DEMO_DEPLOYMENT: flag,
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
    /** Reasoning agents' model. The first key set picks the provider unless LLM_PROVIDER says. */
    LLM_PROVIDER: z.enum(["openai-compatible", "anthropic", "google"]).optional(),
    LLM_MODEL: z.string().optional(),
    OPENAI_API_KEY: z.string().optional(),
    /** Any OpenAI-compatible endpoint (OpenAI, OpenRouter, vLLM, Ollama, ...). */
    OPENAI_BASE_URL: z.url().optional(),
    ANTHROPIC_API_KEY: z.string().optional(),
    GOOGLE_GENERATIVE_AI_API_KEY: z.string().optional(),
    /** Prices per million tokens, for models the built-in price list does not know. */
    LLM_PRICE_INPUT_PER_MTOK: z.coerce.number().min(0).optional(),
    LLM_PRICE_OUTPUT_PER_MTOK: z.coerce.number().min(0).optional(),
    /** Retries of one model call inside a step (429s wait for retry-after); the step then retries too. */
    LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
    /** Model calls one workspace may have in flight in this process. */
    LLM_CONCURRENCY_PER_WORKSPACE: z.coerce.number().int().min(1).max(64).default(4),
    /** An event stream ends after this long and the client resumes from its last event id: under the platform's cut-off. */
    STREAM_MAX_DURATION_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(270_000),
    /** Leads one workspace may have in enrichment at once (the engine holds it across processes). */
    LEAD_CONCURRENCY_PER_WORKSPACE: z.coerce.number().int().min(1).max(200).optional(),
    /** Web search for discovery and web research; the first key set wins unless SEARCH_PROVIDER says. */
    SEARCH_PROVIDER: z.enum(["tavily", "exa", "brave", "demo"]).optional(),
    TAVILY_API_KEY: z.string().optional(),
    EXA_API_KEY: z.string().optional(),
    BRAVE_SEARCH_API_KEY: z.string().optional(),
    /** Override the providers' API addresses (tests point them at a local server). */
    TAVILY_BASE_URL: z.url().optional(),
    EXA_BASE_URL: z.url().optional(),
    BRAVE_SEARCH_BASE_URL: z.url().optional(),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
});

/** Embedded database, or an explicit request: the demo accounts are seeded. */
export const demoMode = !env.DATABASE_URL || env.SEED_DEMO;

/** The demo web runs (and search uses it) by default wherever the demo data is seeded. */
export const demoWebEnabled = env.DEMO_WEB ?? demoMode;

/**
 * Each lead makes its model calls one after another, so a workspace needs more leads in flight
 * than model calls allowed, or its model budget sits idle: twice the budget, and at least 10.
 */
export const leadConcurrencyPerWorkspace = env.LEAD_CONCURRENCY_PER_WORKSPACE ?? Math.max(10, 2 * env.LLM_CONCURRENCY_PER_WORKSPACE);

/** Loopback is reachable for the crawler only where the demo web needs it, or when set explicitly. */
export const crawlerAllowsPrivateNetworks = env.CRAWLER_ALLOW_PRIVATE_NETWORKS ?? demoWebEnabled;
