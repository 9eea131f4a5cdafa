import { getJobOrThrow } from "@/server/domain/jobs/get-job";
import { getJobReceipt } from "@/server/domain/jobs/get-job-receipt";
import { idParams } from "@/server/public-api/api-inputs";
import { serializeJob } from "@/server/public-api/serialize-job";
import { withApiKey } from "@/server/public-api/with-api-key";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/v1/jobs/:id: the job and its counts; its receipt once it has finished. Another workspace's id is a 404. */
export const GET = withApiKey<{ id: string }>(async (_request, { scope, params }) => {
  const { id } = idParams("job").parse(params);
  const job = await getJobOrThrow(scope, id);
  const finished = job.status === "completed" || job.status === "failed";
  const receipt = finished ? await getJobReceipt(scope, { id }) : null;
  return Response.json(serializeJob(job, receipt), { headers: { "cache-control": "no-store" } });
});
