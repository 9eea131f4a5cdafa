/** A name reduced to its bare letters and digits ("Valadão & Muniz" → "valadaomuniz"), for comparing it with a domain. */
export function compactName(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
