import { z } from "zod";
import { leadStages, leadStatuses, leadTiers } from "@/db/schema/lead-values";

export const createLeadInput = z.object({
  domain: z
    .string({ error: "Enter a domain, like acme.com" })
    .trim()
    .min(1, "Enter a domain, like acme.com")
    .max(253, "That is longer than any domain can be (253 characters at most)"),
});
export type CreateLeadInput = z.infer<typeof createLeadInput>;

export const leadIdInput = z.object({ id: z.uuid("Not a lead id") });

export const moveLeadInput = z.object({
  id: z.uuid("Not a lead id"),
  stage: z.enum(leadStages, { error: "Not a board stage" }),
  /** The card it now sits below (null: top of the column), and the one it sits above. */
  afterId: z.uuid().nullable().default(null),
  beforeId: z.uuid().nullable().default(null),
});

/** A lead as carried in event payloads (JSON): dates arrive as strings and are revived here. */
export const leadViewSchema = z.object({
  id: z.uuid(),
  jobId: z.uuid().nullable(),
  domain: z.string(),
  companyName: z.string().nullable(),
  stage: z.enum(leadStages),
  status: z.enum(leadStatuses),
  score: z.number().int().nullable(),
  position: z.number().default(0),
  industry: z.string().nullable().default(null),
  tier: z.enum(leadTiers).nullable(),
  source: z.string(),
  progressDone: z.number().int().default(0),
  progressTotal: z.number().int().default(0),
  currentAgent: z.string().nullable().default(null),
  statusMessage: z.string().nullable().default(null),
  plan: z.enum(["full", "limited"]).nullable().default(null),
  planReason: z.string().nullable().default(null),
  error: z.string().nullable().default(null),
  createdAt: z.coerce.date(),
  updatedAt: z.coerce.date(),
});
