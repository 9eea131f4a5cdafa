/** The q-quantile (0..1) of `values` by nearest rank; 0 for none. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export type Summary = { n: number; p50: number; p95: number; p99: number; max: number };

export function summarize(values: number[]): Summary {
  return { n: values.length, p50: quantile(values, 0.5), p95: quantile(values, 0.95), p99: quantile(values, 0.99), max: values.length ? Math.max(...values) : 0 };
}

/** Wall-clock milliseconds with sub-millisecond precision, comparable between processes of one machine. */
export const epochMs = () => performance.timeOrigin + performance.now();

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
