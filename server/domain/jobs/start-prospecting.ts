import type { JobSourceInput } from "@/server/api/schemas/jobs";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import type { JobView } from "./job-view";
import { resolveJobSource } from "./resolve-job-source";
import { startJob } from "./start-job";

/**
 * `jobs.start`: reads the source the same way the estimate did (a domain list is parsed,
 * normalised and stripped of invalid, repeated and already-known rows here, whatever the client
 * sent), then starts the run on the cleaned list.
 */
export async function startProspecting(
  scope: WorkspaceScope,
  input: { count: number; source: JobSourceInput; createdBy: string | null },
  deps: { enqueue: (job: JobView) => Promise<void> },
): Promise<JobView> {
  const { source, import: imported } = await resolveJobSource(scope, input.source);
  if (imported && imported.domains.length === 0) {
    const { invalid, empty, malformed, duplicate, known } = imported.counts;
    const reasons = [
      invalid + empty + malformed ? `${invalid + empty + malformed} not a valid domain` : "",
      known ? `${known} already on your board` : "",
      duplicate ? `${duplicate} repeated` : "",
    ].filter(Boolean);
    throw new AppError(
      "INVALID_INPUT",
      `Nothing new to look for: ${imported.rows === 1 ? "the one row is not" : `none of the ${imported.rows} rows is`} a new domain${reasons.length ? ` (${reasons.join(", ")})` : ""}.`,
      "source",
    );
  }
  const skippedFree = imported ? imported.counts.duplicate + imported.counts.known : 0;
  return startJob(scope, { count: input.count, source, createdBy: input.createdBy, skippedFree }, deps);
}
