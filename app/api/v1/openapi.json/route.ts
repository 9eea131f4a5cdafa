import { openApiDocument } from "@/server/public-api/openapi";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/v1/openapi.json: the API's contract; public, so tools can read it before a key exists. */
export function GET() {
  return Response.json(openApiDocument, { headers: { "cache-control": "public, max-age=300" } });
}
