import { getDb } from "@/db/database";
import { checkHealth } from "@/server/domain/health/check-health";
import { getEventBus } from "@/server/realtime/get-event-bus";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth({ db: getDb, bus: getEventBus });
  const failing = Object.entries(report.checks)
    .filter(([, state]) => state !== "ok")
    .map(([name]) => name);
  const body = failing.length ? { ...report, failing } : report;
  return Response.json(body, { status: failing.length ? 503 : 200, headers: { "cache-control": "no-store" } });
}
