import { getDb } from "@/db/database";
import { getSessionState } from "@/server/auth/get-session-member";
import { signedOutResponse } from "@/server/auth/signed-out";
import { exportLeadsCsv } from "@/server/domain/leads/export-leads-csv";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/leads/export: the signed-in workspace's leads with facts and sources, as CSV. */
export async function GET() {
  const db = await getDb();
  const session = await getSessionState(db);
  if (!session.member) return signedOutResponse(session.expired);
  const csv = await exportLeadsCsv({ db, workspaceId: session.member.workspaceId });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="nellia-leads-${date}.csv"`,
      "cache-control": "no-store",
    },
  });
}
