import { getDb } from "@/db/database";
import { checkHealth } from "@/server/domain/health/check-health";
import { checkJobs } from "@/server/domain/health/check-jobs";
import { env } from "@/server/env";
import { getEventBus } from "@/server/realtime/get-event-bus";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth({ db: getDb, bus: getEventBus, jobs: () => checkJobs(env) });
  // "configured" (Inngest Cloud) passes: only "down" fails.
  const failing = Object.entries(report.checks)
    .filter(([, state]) => state === "down")
    .map(([name]) => name);
  const body = failing.length ? { ...report, failing } : report;
  return Response.json(body, { status: failing.length ? 503 : 200, headers: { "cache-control": "no-store" } });
}
