/** A fact's value as one readable line: labels over raw objects, lists joined. */
export function factValueText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(factValueText).join(", ");
  const v = value as Record<string, unknown>;
  if (typeof v.label === "string") return v.label;
  if (typeof v.name === "string") return v.name;
  return Object.entries(v)
    .filter(([, x]) => x !== null && x !== undefined && x !== "")
    .map(([k, x]) => `${k}: ${factValueText(x)}`)
    .join(" · ");
}

/**
 * Facts grouped by the first part of their key, in the order a salesperson reads a profile;
 * each section's title is in the dictionary (`lead.sections`).
 */
export const factSections = [
  "company",
  "contact",
  "email",
  "tech",
  "signal",
  "research",
  "score",
  "pain",
  "competitor",
  "persona",
  "value",
  "question",
  "approach",
  "objection",
  "briefing",
  "site",
  "domain",
] as const;
