import { z } from "zod";
import { MAX_IMPORT_BASE64_CHARS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/server/domain/imports/import-limits";
import { MAX_LEADS_PER_RUN } from "@/server/domain/quota/plans";

const tooBig = `The file is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB, the limit per upload. Split it into smaller files.`;

/**
 * Where a run's companies come from. `domains` (an array, for API callers), `paste` (text as
 * typed) and `csv` (the file's bytes, base64, so the server sees its real encoding) are all
 * read, checked and deduplicated again by the server: the client's list is never trusted.
 */
export const jobSourceInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("search"), query: z.string().trim().max(300, "Keep the search under 300 characters").optional() }),
  z.object({
    kind: z.literal("domains"),
    domains: z
      .array(z.string().max(1_000, "Each domain must be under 1,000 characters"))
      .min(1, "Paste at least one domain")
      .max(MAX_IMPORT_ROWS, `At most ${MAX_IMPORT_ROWS.toLocaleString("en")} domains at once`),
  }),
  z.object({
    kind: z.literal("paste"),
    text: z
      .string()
      .max(MAX_IMPORT_BYTES, "That list is larger than 5 MB: split it into smaller lists")
      .refine((t) => t.trim().length > 0, "Paste at least one domain"),
  }),
  z.object({
    kind: z.literal("csv"),
    fileName: z.string().trim().max(255).optional(),
    contentBase64: z
      .string()
      .max(MAX_IMPORT_BASE64_CHARS, tooBig)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, "The file did not arrive intact: choose it again"),
  }),
]);
export type JobSourceInput = z.infer<typeof jobSourceInput>;

const count = z
  .number({ error: "Say how many leads to find" })
  .int("Leads come in whole numbers")
  .min(1, "Ask for at least 1 lead")
  .max(MAX_LEADS_PER_RUN, `A run finds at most ${MAX_LEADS_PER_RUN} leads`);

export const startJobInput = z.object({
  count,
  source: jobSourceInput.default({ kind: "search" }),
});

/** `count` may be left out for a domain list: then every new domain, up to the per-run cap. */
export const estimateJobInput = z.object({
  count: count.optional(),
  source: jobSourceInput.default({ kind: "search" }),
});

export const jobIdInput = z.object({ id: z.uuid("Not a job id") });

/** Without an id: the workspace's latest finished run, if it ended in the last day. */
export const jobReceiptInput = z.object({ id: z.uuid("Not a job id").optional() });
