ALTER TABLE "leads" ADD COLUMN "plan" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "plan_reason" text;--> statement-breakpoint
ALTER TABLE "agent_runs" ADD COLUMN "model" text;