const str = (x: unknown) => (typeof x === "string" && x ? x : null);
const dated = (text: string, date: unknown) => (str(date) ? `${text} (${String(date).slice(0, 10)})` : text);

/**
 * The shapes agents write, said the way a salesperson reads them: an email address, a phone in
 * international format, "Name, Role", "Series A, 12M USD (2026-09-12)"; sources are shown beside
 * the fact, so per-item source URLs are not repeated in the text.
 */
function knownShape(v: Record<string, unknown>): string | null {
  if (str(v.text)) return String(v.text);
  if (str(v.address)) return v.role === true ? `${v.address} (team inbox)` : String(v.address);
  if (str(v.international)) return String(v.international);
  if (str(v.round)) return dated([v.round, str(v.amount ?? null) ?? (typeof v.amount === "number" ? `${v.amount}` : null), str(v.currency)].filter(Boolean).join(" "), v.date);
  if (str(v.title)) return dated([v.title, str(v.location)].filter(Boolean).join(", "), v.postedAt ?? v.date);
  if (str(v.summary)) return dated(String(v.summary), v.date);
  if (str(v.name)) return [v.name, str(v.role)].filter(Boolean).join(", ");
  if (str(v.label)) return String(v.label);
  if (typeof v.count === "number" && Array.isArray(v.roles)) return `${v.count} open: ${v.roles.map((r) => factValueText(r)).join("; ")}`;
  if (Array.isArray(v.hosts)) return v.hosts.length ? `${v.hosts.join(", ")}${str(v.provider) ? ` (${v.provider})` : ""}` : "no MX records";
  if (typeof v.present === "boolean") return v.present ? (str(v.policy) ? `policy ${v.policy}` : str(v.record) ?? "present") : "not published";
  return null;
}

/** A fact's value as one readable line: labels over raw objects, lists joined. */
export function factValueText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length ? value.map(factValueText).join(" · ") : "none found";
  const v = value as Record<string, unknown>;
  const known = knownShape(v);
  if (known) return known;
  return Object.entries(v)
    .filter(([k, x]) => x !== null && x !== undefined && x !== "" && k !== "sourceUrl")
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
  "stage",
  "site",
  "domain",
] as const;
