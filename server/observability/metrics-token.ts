/** The bearer token `/api/metrics` requires; without one the endpoint does not exist. */
export function metricsToken(): string | undefined {
  return process.env.METRICS_TOKEN?.trim() || undefined;
}
