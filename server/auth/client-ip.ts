/**
 * How many proxies in front of the app append to `X-Forwarded-For` (`TRUSTED_PROXY_HOPS`, default 1:
 * Vercel, or one nginx/load balancer). The address we trust is the one the farthest trusted proxy
 * saw, counted from the right: entries to its left come from the client and can say anything.
 */
export function trustedProxyHops(): number {
  const raw = process.env.TRUSTED_PROXY_HOPS?.trim();
  if (!raw) return 1;
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 1) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number above 0 (got "${raw}")`);
  return hops;
}

/**
 * The client's address as the proxies in front of the app report it; null when there is none.
 * With no proxy at all, `next start` fills the header with the socket's address.
 */
export function clientIp(headers: Headers, hops = trustedProxyHops()): string | null {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length > 0) return entries[Math.max(entries.length - hops, 0)]!;
  return headers.get("x-real-ip")?.trim() || null;
}
