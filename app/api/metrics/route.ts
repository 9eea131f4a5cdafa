import { getDb } from "@/db/database";
import { metricsToken } from "@/server/observability/metrics-token";
import { getMetricsRegistry } from "@/server/observability/metrics";
import { serveMetrics } from "@/server/observability/serve-metrics";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(req: Request) {
  return serveMetrics(req, { token: metricsToken(), registry: () => getMetricsRegistry(getDb) });
}
