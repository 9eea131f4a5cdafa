CREATE TYPE "public"."job_status" AS ENUM('queued', 'running', 'completed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."agent_run_status" AS ENUM('running', 'succeeded', 'failed', 'skipped');--> statement-breakpoint
CREATE TYPE "public"."fact_method" AS ENUM('parsed', 'fingerprint', 'dns', 'search', 'llm', 'fallback');--> statement-breakpoint
CREATE TYPE "public"."quota_entry_kind" AS ENUM('reserve', 'charge', 'refund', 'release', 'reset', 'grant');--> statement-breakpoint
CREATE TABLE "prospecting_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"status" "job_status" DEFAULT 'queued' NOT NULL,
	"requested_count" integer NOT NULL,
	"source" jsonb NOT NULL,
	"queries" jsonb,
	"cursor" jsonb DEFAULT '{"query":0,"offset":0}'::jsonb NOT NULL,
	"discovery_finished_at" timestamp with time zone,
	"found_count" integer DEFAULT 0 NOT NULL,
	"duplicate_count" integer DEFAULT 0 NOT NULL,
	"enriched_count" integer DEFAULT 0 NOT NULL,
	"failed_count" integer DEFAULT 0 NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"charged" integer DEFAULT 0 NOT NULL,
	"refunded" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "agent_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"job_id" uuid,
	"agent" text NOT NULL,
	"status" "agent_run_status" NOT NULL,
	"attempt" integer DEFAULT 1 NOT NULL,
	"message" text,
	"error" text,
	"error_reason" text,
	"tokens" integer DEFAULT 0 NOT NULL,
	"cost_usd" real DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"duration_ms" integer,
	CONSTRAINT "agent_runs_lead_agent_unique" UNIQUE("lead_id","agent")
);
--> statement-breakpoint
CREATE TABLE "crawled_pages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"url" text NOT NULL,
	"page" jsonb NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crawled_pages_lead_url_unique" UNIQUE("lead_id","url")
);
--> statement-breakpoint
CREATE TABLE "lead_facts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"agent" text NOT NULL,
	"key" text NOT NULL,
	"value" jsonb NOT NULL,
	"method" "fact_method" NOT NULL,
	"source_url" text,
	"confidence" real NOT NULL,
	"retrieved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lead_facts_lead_agent_key_unique" UNIQUE("lead_id","agent","key")
);
--> statement-breakpoint
CREATE TABLE "business_contexts" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"business_description" text DEFAULT '' NOT NULL,
	"product_service" text DEFAULT '' NOT NULL,
	"value_proposition" text DEFAULT '' NOT NULL,
	"target_market" text DEFAULT '' NOT NULL,
	"ideal_customer" text DEFAULT '' NOT NULL,
	"pain_points" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"competitive_advantage" text DEFAULT '' NOT NULL,
	"competitors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"industry_focus" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"geographic_focus" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extra_query" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quota_ledger" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"job_id" uuid,
	"lead_id" uuid,
	"kind" "quota_entry_kind" NOT NULL,
	"amount" integer NOT NULL,
	"reason" text NOT NULL,
	"used_after" integer NOT NULL,
	"reserved_after" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workspace_quotas" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"limit" integer,
	"used" integer DEFAULT 0 NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engine_apps" (
	"url" text PRIMARY KEY NOT NULL,
	"app_name" text NOT NULL,
	"functions" jsonb NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engine_events" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"data" jsonb NOT NULL,
	"ts" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engine_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"app_url" text NOT NULL,
	"function_id" text NOT NULL,
	"event" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"steps" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"stack" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pending" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"attempt" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"request_version" integer DEFAULT -1 NOT NULL,
	"run_after" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"worker_id" text,
	"concurrency_key" text,
	"concurrency_limit" integer,
	"parent_run_id" uuid,
	"parent_step_id" text,
	"output" jsonb,
	"error" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "engine_steps" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"name" text,
	"op" text NOT NULL,
	"status" text NOT NULL,
	"attempt" integer NOT NULL,
	"duration_ms" integer,
	"output" jsonb,
	"error" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engine_waits" (
	"run_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"kind" text NOT NULL,
	"event_name" text,
	"expression" text,
	"child_run_id" uuid,
	"resolution" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engine_waits_run_id_step_id_pk" PRIMARY KEY("run_id","step_id")
);
--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "discovery_index" integer;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "progress_done" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "progress_total" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "current_agent" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "status_message" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "error" text;--> statement-breakpoint
ALTER TABLE "prospecting_jobs" ADD CONSTRAINT "prospecting_jobs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospecting_jobs" ADD CONSTRAINT "prospecting_jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_runs" ADD CONSTRAINT "agent_runs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_runs" ADD CONSTRAINT "agent_runs_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crawled_pages" ADD CONSTRAINT "crawled_pages_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crawled_pages" ADD CONSTRAINT "crawled_pages_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_facts" ADD CONSTRAINT "lead_facts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_facts" ADD CONSTRAINT "lead_facts_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_contexts" ADD CONSTRAINT "business_contexts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_ledger" ADD CONSTRAINT "quota_ledger_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspace_quotas" ADD CONSTRAINT "workspace_quotas_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engine_steps" ADD CONSTRAINT "engine_steps_run_id_engine_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."engine_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engine_waits" ADD CONSTRAINT "engine_waits_run_id_engine_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."engine_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "prospecting_jobs_workspace_idx" ON "prospecting_jobs" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "agent_runs_agent_idx" ON "agent_runs" USING btree ("agent","started_at");--> statement-breakpoint
CREATE INDEX "quota_ledger_workspace_idx" ON "quota_ledger" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "quota_ledger_job_idx" ON "quota_ledger" USING btree ("job_id");--> statement-breakpoint
CREATE INDEX "engine_events_name_ts_idx" ON "engine_events" USING btree ("name","ts");--> statement-breakpoint
CREATE INDEX "engine_runs_claim_idx" ON "engine_runs" USING btree ("status","run_after");--> statement-breakpoint
CREATE INDEX "engine_runs_concurrency_idx" ON "engine_runs" USING btree ("concurrency_key","status");--> statement-breakpoint
CREATE INDEX "engine_runs_function_idx" ON "engine_runs" USING btree ("function_id","created_at");--> statement-breakpoint
CREATE INDEX "engine_steps_run_idx" ON "engine_steps" USING btree ("run_id","id");--> statement-breakpoint
CREATE INDEX "engine_waits_event_idx" ON "engine_waits" USING btree ("event_name");--> statement-breakpoint
CREATE INDEX "engine_waits_child_idx" ON "engine_waits" USING btree ("child_run_id");--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_job_discovery_unique" UNIQUE("job_id","discovery_index");