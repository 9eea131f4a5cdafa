import { inngest } from "@/inngest/client";
import { jobRequested } from "@/inngest/events";
import { withWebhooks } from "@/inngest/send-unsent-webhooks";
import { startJobInput } from "@/server/api/schemas/jobs";
import { startProspecting } from "@/server/domain/jobs/start-prospecting";
import { limitJobStarts } from "@/server/domain/rate-limits/limit-job-starts";
import { readJsonBody } from "@/server/public-api/read-input";
import { serializeJob } from "@/server/public-api/serialize-job";
import { withApiKey } from "@/server/public-api/with-api-key";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** POST /api/v1/jobs: starts a run exactly as `jobs.start` does, under the same per-workspace start limit. */
export const POST = withApiKey(async (request, { scope, createdBy }) => {
  const input = await readJsonBody(request, startJobInput);
  const job = await limitJobStarts(scope, () =>
    withWebhooks(scope, () =>
      startProspecting(
        scope,
        { ...input, createdBy },
        { enqueue: async (started) => void (await inngest.send(jobRequested.create({ workspaceId: scope.workspaceId, jobId: started.id }))) },
      ),
    ),
  );
  return Response.json(serializeJob(job), { status: 201, headers: { location: `/api/v1/jobs/${job.id}` } });
});
