import { timingSafeEqual } from "node:crypto";
import type { Registry } from "prom-client";
import { logger } from "./logger";

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `/api/metrics`: without a configured token the endpoint does not exist (404); with one, only
 * `Authorization: Bearer <token>` gets the Prometheus text (else 401).
 */
export async function serveMetrics(req: Request, deps: { token: string | undefined; registry: () => Registry }): Promise<Response> {
  const headers = { "cache-control": "no-store" };
  if (!deps.token) return new Response("Not found\n", { status: 404, headers });
  const given = req.headers.get("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (!given || !sameToken(given, deps.token)) {
    return new Response("Unauthorized\n", { status: 401, headers: { ...headers, "www-authenticate": 'Bearer realm="metrics"' } });
  }
  const registry = deps.registry();
  try {
    return new Response(await registry.metrics(), { headers: { ...headers, "content-type": registry.contentType } });
  } catch (error) {
    logger.error({ err: error }, "metrics scrape failed");
    return new Response("Metrics unavailable\n", { status: 503, headers });
  }
}
