/** A place as the page states it; parts it does not state stay null rather than being inferred. */
export type CompanyLocation = { label: string; city: string | null; region: string | null; country: string | null };

export function companyLocation(city: string | null, region: string | null, country: string | null): CompanyLocation | null {
  const parts = [city, region, country].map((part) => part?.trim() || null);
  if (!parts.some(Boolean)) return null;
  return { label: parts.filter(Boolean).join(", "), city: parts[0]!, region: parts[1]!, country: parts[2]! };
}
