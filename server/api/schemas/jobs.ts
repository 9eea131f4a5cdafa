import { z } from "zod";
import { MAX_LEADS_PER_RUN } from "@/server/domain/quota/plans";

export const jobSourceInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("search"), query: z.string().trim().max(300, "Keep the search under 300 characters").optional() }),
  z.object({
    kind: z.literal("domains"),
    domains: z
      .array(z.string().trim().min(1).max(253))
      .min(1, "Paste at least one domain")
      .max(5_000, "At most 5,000 domains at once"),
  }),
]);

export const startJobInput = z.object({
  count: z
    .number({ error: "Say how many leads to find" })
    .int("Leads come in whole numbers")
    .min(1, "Ask for at least 1 lead")
    .max(MAX_LEADS_PER_RUN, `A run finds at most ${MAX_LEADS_PER_RUN} leads`),
  source: jobSourceInput.default({ kind: "search" }),
});

export const jobIdInput = z.object({ id: z.uuid("Not a job id") });
