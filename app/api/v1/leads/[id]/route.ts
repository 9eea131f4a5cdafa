import { getLeadDetailOrThrow } from "@/server/domain/leads/get-lead-detail";
import { idParams } from "@/server/public-api/api-inputs";
import { serializeLeadDetail } from "@/server/public-api/serialize-lead";
import { withApiKey } from "@/server/public-api/with-api-key";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/v1/leads/:id: the lead with each fact's provenance and the pages read. Another workspace's id is a 404. */
export const GET = withApiKey<{ id: string }>(async (_request, { scope, params }) => {
  const { id } = idParams("lead").parse(params);
  const detail = await getLeadDetailOrThrow(scope, id);
  return Response.json(serializeLeadDetail(detail), { headers: { "cache-control": "no-store" } });
});
