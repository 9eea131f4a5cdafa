import { z } from "zod";
import { plans, type PlanId } from "@/server/domain/quota/plans";

export const adminWindows = ["24h", "7d", "30d"] as const;
export type AdminWindow = (typeof adminWindows)[number];

export const adminWindowInput = z.object({ window: z.enum(adminWindows, { error: "Choose 24h, 7d or 30d" }).default("7d") });

export const searchWorkspacesInput = z.object({
  search: z.string().trim().max(200, "Search for at most 200 characters").default(""),
});

const workspaceId = z.uuid("Not a workspace id");

export const changePlanInput = z.object({
  workspaceId,
  plan: z.enum(Object.keys(plans) as [PlanId, ...PlanId[]], { error: `Choose a plan: ${Object.keys(plans).join(", ")}` }),
});

export const grantQuotaInput = z.object({
  workspaceId,
  amount: z.number({ error: "Enter how many leads to grant" }).int("Grant whole leads").min(1, "Grant at least 1 lead").max(10_000, "Grant at most 10,000 leads at once"),
});

export const resetQuotaInput = z.object({ workspaceId });

/** Job statuses, kept free of drizzle so client code can import this file. */
export const adminJobStatuses = ["queued", "running", "completed", "failed"] as const;

export const listAdminJobsInput = z.object({
  status: z.enum(adminJobStatuses, { error: "Not a job status" }).optional(),
  limit: z.number().int().min(1).max(200).default(100),
});

export const adminLeadIdInput = z.object({ id: z.uuid("Not a lead id") });
