/** A reasoning agent's line as stored: its text and the facts it cites. */
export type StoredLine = { text: string; cites: { key: string; agent: string; sourceUrl: string | null }[] };

function isLine(x: unknown): x is StoredLine {
  return typeof x === "object" && x !== null && typeof (x as StoredLine).text === "string" && Array.isArray((x as StoredLine).cites);
}

/** The parts of a reasoning fact's value, in order: titled lists of cited lines, and plain fields. */
export type FactPart = { field: string; lines: StoredLine[] } | { field: string; text: string };

/**
 * Reads a reasoning agent's value (`{ items: [...] }`, `{ steps: [...] }`, `{ person, goals, ... }`)
 * into parts the drawer can show line by line with their citations; null for any other fact.
 */
export function groundedParts(value: unknown): FactPart[] | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const parts: FactPart[] = [];
  let found = false;
  for (const [field, x] of Object.entries(value)) {
    if (Array.isArray(x) && x.length > 0 && x.every(isLine)) {
      parts.push({ field, lines: x });
      found = true;
    } else if (Array.isArray(x) && x.length > 0 && x.every((item) => typeof item === "object" && item !== null)) {
      // Items with their own fields around a cited line, e.g. { objection, response, cites }.
      const lines = x.flatMap((item: Record<string, unknown>) => {
        if (isLine(item)) return [item];
        const cites = Array.isArray(item.cites) ? (item.cites as StoredLine["cites"]) : null;
        const text = Object.entries(item)
          .filter(([k, v]) => k !== "cites" && k !== "factIds" && (typeof v === "string" || typeof v === "number"))
          .map(([, v]) => String(v))
          .join(" — ");
        return cites ? [{ text, cites }] : [];
      });
      if (lines.length) {
        parts.push({ field, lines });
        found = true;
      }
    } else if (isLine(x)) {
      parts.push({ field, lines: [x] });
      found = true;
    } else if (typeof x === "string" || typeof x === "number") {
      parts.push({ field, text: String(x) });
    }
  }
  return found ? parts : null;
}
