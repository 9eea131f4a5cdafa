import type { JobSourceInput } from "@/server/api/schemas/jobs";
import type { DomainImport } from "@/server/domain/imports/domain-import";
import { getQuota } from "@/server/domain/quota/get-quota";
import { MAX_LEADS_PER_RUN } from "@/server/domain/quota/plans";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { getStartReadiness, type StartReadiness } from "./get-start-readiness";
import { resolveJobSource } from "./resolve-job-source";

export type JobEstimate = StartReadiness & {
  source: "search" | "domains";
  /** Leads the run will look for; each costs one credit only if it is enriched. */
  leads: number;
  maxCredits: number;
  /** Already on the board, skipped for free. null: a search cannot know ahead (it skips them as it goes, for free). */
  known: number | null;
  /** Repeated rows of the list, free. */
  duplicates: number;
  /** Rows that are not domains: invalid, empty or unreadable. */
  invalid: number;
  /** New domains left for a later run (past the 100-a-run cap or the count asked). */
  leftOver: number;
  import: DomainImport | null;
  quota: { planLabel: string; limit: number | null; used: number; reserved: number; remaining: number | null; resetsAt: Date };
  /** If every lead is enriched and charged. */
  after: { used: number; remaining: number | null };
  fits: boolean;
  shortBy: number;
  /** The largest run that fits now. */
  maxCount: number;
};

/**
 * What a run would cost before anything is reserved: leads × 1 credit at most, what is free,
 * the quota now and after, and whether it fits. Reads the list exactly as `jobs.start` will.
 */
export async function estimateJob(scope: WorkspaceScope, input: { count?: number; source: JobSourceInput }): Promise<JobEstimate> {
  if (input.source.kind === "search" && input.count === undefined) throw new AppError("INVALID_INPUT", "Say how many leads to find.", "count");
  const [readiness, quota, resolved] = await Promise.all([getStartReadiness(scope), getQuota(scope), resolveJobSource(scope, input.source)]);
  const imported = resolved.import;
  const available = imported ? imported.domains.length : Infinity;
  const leads = Math.min(input.count ?? MAX_LEADS_PER_RUN, MAX_LEADS_PER_RUN, available);
  const fits = quota.remaining === null || leads <= quota.remaining;
  return {
    ...readiness,
    source: imported ? "domains" : "search",
    leads,
    maxCredits: leads,
    known: imported ? imported.counts.known : null,
    duplicates: imported?.counts.duplicate ?? 0,
    invalid: imported ? imported.counts.invalid + imported.counts.empty + imported.counts.malformed : 0,
    leftOver: imported ? imported.domains.length - leads : 0,
    import: imported,
    quota: { planLabel: quota.planLabel, limit: quota.limit, used: quota.used, reserved: quota.reserved, remaining: quota.remaining, resetsAt: quota.resetsAt },
    after: { used: quota.used + leads, remaining: quota.remaining === null ? null : Math.max(quota.remaining - leads, 0) },
    fits,
    shortBy: fits ? 0 : leads - quota.remaining!,
    maxCount: Math.min(MAX_LEADS_PER_RUN, quota.remaining ?? MAX_LEADS_PER_RUN, available),
  };
}
