import type { RateLimit } from "@/server/domain/rate-limits/consume-rate-limit";

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0 (got "${raw}")`);
  return value;
}

/**
 * Rate limits, read from the environment on each use so a deployment can
 * tune them without a rebuild. Only failed sign-ins and started runs count against a limit.
 */
export function rateLimits(): { signInPerEmail: RateLimit; signInPerIp: RateLimit; jobStarts: RateLimit } {
  return {
    signInPerEmail: { limit: positiveInt("SIGN_IN_LIMIT_PER_EMAIL", 10), windowMs: positiveInt("SIGN_IN_LIMIT_WINDOW_MINUTES", 15) * 60_000 },
    signInPerIp: { limit: positiveInt("SIGN_IN_LIMIT_PER_IP", 50), windowMs: positiveInt("SIGN_IN_LIMIT_WINDOW_MINUTES", 15) * 60_000 },
    jobStarts: { limit: positiveInt("JOB_START_LIMIT_PER_MINUTE", 10), windowMs: 60_000 },
  };
}
