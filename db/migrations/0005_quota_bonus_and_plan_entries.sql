ALTER TYPE "public"."quota_entry_kind" ADD VALUE 'plan';--> statement-breakpoint
ALTER TABLE "workspace_quotas" ADD COLUMN "bonus" integer DEFAULT 0 NOT NULL;