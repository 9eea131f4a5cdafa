/** Reads "1,200", "1.200" or "200" as a count; thousands separators are dots in PT-BR and commas in EN. */
export function parseCount(raw: string): number | null {
  const digits = /^\d{1,3}([.,]\d{3})+$/.test(raw) ? raw.replace(/[.,]/g, "") : raw;
  const value = Number(digits);
  return Number.isInteger(value) && value > 0 && value <= 5_000_000 ? value : null;
}
