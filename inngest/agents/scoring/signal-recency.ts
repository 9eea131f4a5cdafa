import type { Signal } from "./read-signals";

/** Within this many days a signal counts in full; older ones count less (see `recency`). */
export const RECENT_DAYS = 90;

const DAY_MS = 86_400_000;

/**
 * How much a signal's age leaves of it: full within 90 days, 0.6 within 180, 0.3 within a
 * year, 0.1 after. Open roles on a careers page are open now even undated (0.8); other undated
 * posts could be from any year (0.3).
 */
export function recency(signal: Pick<Signal, "date" | "factKey">, now: Date): number {
  if (!signal.date) return signal.factKey === "signal.hiring" ? 0.8 : 0.3;
  const days = (now.getTime() - Date.parse(`${signal.date}T00:00:00Z`)) / DAY_MS;
  if (Number.isNaN(days)) return 0.3;
  if (days <= RECENT_DAYS) return 1;
  if (days <= 180) return 0.6;
  if (days <= 365) return 0.3;
  return 0.1;
}

export type WeighedSignal = Signal & { recency: number; value: number };

/** Signals by what they are worth now (strength × recency), the newest first among equals. */
export function rankSignals(signals: Signal[], now: Date): WeighedSignal[] {
  return signals
    .map((signal) => {
      const fresh = recency(signal, now);
      return { ...signal, recency: fresh, value: signal.strength * fresh };
    })
    .sort((a, b) => b.value - a.value || (b.date ?? "").localeCompare(a.date ?? ""));
}
