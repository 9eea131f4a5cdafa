import type { QuotaView } from "@/server/domain/quota/quota-view";

/** Quota views inside event payloads are JSON: dates arrive as strings. */
export function reviveQuota(raw: unknown): QuotaView | null {
  if (!raw || typeof raw !== "object") return null;
  const q = raw as Record<string, unknown>;
  if (typeof q.used !== "number" || typeof q.reserved !== "number") return null;
  return { ...(q as unknown as QuotaView), periodStart: new Date(String(q.periodStart)), resetsAt: new Date(String(q.resetsAt)) };
}
