/** Employee count as stated: exact (min = max), a range, or open-ended ("over 200": max null). */
export type CompanySize = { min: number; max: number | null; label: string };

export function companySize(min: number, max: number | null, label: string): CompanySize | null {
  if (max !== null && max < min) return null;
  return { min, max, label };
}
