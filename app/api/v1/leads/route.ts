import { listLeadsQuery } from "@/server/public-api/api-inputs";
import { listLeadsPage } from "@/server/public-api/list-leads-page";
import { readQuery } from "@/server/public-api/read-input";
import { serializeLead } from "@/server/public-api/serialize-lead";
import { withApiKey } from "@/server/public-api/with-api-key";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/v1/leads?cursor=&limit=: the workspace's leads, oldest first, a page at a time. */
export const GET = withApiKey(async (request, { scope }) => {
  const query = readQuery(request, listLeadsQuery);
  const page = await listLeadsPage(scope, query);
  return Response.json({ object: "list", data: page.leads.map(serializeLead), next_cursor: page.nextCursor }, { headers: { "cache-control": "no-store" } });
});
