const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * Milliseconds until the moment a Sleep op names: the SDK sends either a duration such as
 * "30s" or "1h30m" (in the op's `name`, not its opts) or an ISO date for sleepUntil.
 */
export function msUntil(value: string, now = Date.now()): number {
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)];
  if (parts.length > 0 && parts.map((p) => p[0]).join("") === value) {
    return parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNIT_MS[unit!]!, 0);
  }
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw new Error(`Not a duration or date: "${value}"`);
  return Math.max(at - now, 0);
}
