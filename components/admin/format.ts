/** Plain formatters that give the same text on the server and in the browser (no locale, UTC). */

export function formatMs(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  if (ms < 3_600_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

export function formatPercent(rate: number | null): string {
  return rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`;
}

export function formatUsd(usd: number): string {
  return usd === 0 ? "$0" : usd < 0.01 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}

export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function formatDateTime(date: Date | null): string {
  if (!date) return "—";
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Compact UTC time for table cells ("11-27 16:33"); the column header says UTC. */
export function formatShortDateTime(date: Date | null): string {
  if (!date) return "—";
  return date.toISOString().slice(5, 16).replace("T", " ");
}

/** Chart axis labels: hours for a day's window, dates otherwise. */
export function formatBucket(date: Date, bucket: "hour" | "day"): string {
  const iso = date.toISOString();
  return bucket === "hour" ? `${iso.slice(11, 13)}:00` : iso.slice(5, 10);
}
