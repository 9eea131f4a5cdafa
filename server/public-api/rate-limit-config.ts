const DEFAULT_PER_MINUTE = 120;

/** Requests per minute per API key; `API_RATE_LIMIT_PER_MINUTE` overrides it (tests set a tiny one). */
export function apiRateLimit(): { limit: number; windowMs: number } {
  const configured = Number(process.env.API_RATE_LIMIT_PER_MINUTE);
  const limit = Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_PER_MINUTE;
  return { limit, windowMs: 60_000 };
}
