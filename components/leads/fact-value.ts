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

/** Facts grouped by the first part of their key, in the order a salesperson reads a profile. */
export const factSections: { prefix: string; title: string }[] = [
  { prefix: "company", title: "Profile" },
  { prefix: "contact", title: "Contacts" },
  { prefix: "email", title: "Email infrastructure" },
  { prefix: "tech", title: "Technologies" },
  { prefix: "signal", title: "Buying signals" },
  { prefix: "research", title: "Web research" },
  { prefix: "score", title: "Score" },
  { prefix: "pain", title: "Pain points" },
  { prefix: "competitor", title: "Competitors" },
  { prefix: "persona", title: "Decision maker" },
  { prefix: "value", title: "Value proposition" },
  { prefix: "question", title: "Strategic questions" },
  { prefix: "approach", title: "Approach plan" },
  { prefix: "objection", title: "Objections" },
  { prefix: "briefing", title: "Internal briefing" },
  { prefix: "site", title: "Website" },
  { prefix: "domain", title: "Domain" },
];
