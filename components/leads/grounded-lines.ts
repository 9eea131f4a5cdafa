/** A reasoning agent's line as stored: its text and the facts it cites. */
export type StoredLine = { text: string; cites: { key: string; agent: string; sourceUrl: string | null }[] };

/** A line as the drawer shows it: an optional title (a strategy's name, a step's day), the text, small details. */
export type ShownLine = StoredLine & { title?: string; details: { field: string; value: string }[] };

/** The parts of a reasoning fact's value: headline fields first, then titled lists of cited lines. */
export type FactPart = { field: string; lines: ShownLine[] } | { field: string; text: string };

type Cites = StoredLine["cites"];

// Which of an item's fields names it, which one says the thing, and which are details.
const titleFields = ["name", "strategy", "objection", "role"];
const textFields = ["text", "reason", "response", "summary"];
const detailFields = ["day", "channel", "score", "relation", "domain"];

const isCites = (x: unknown): x is Cites => Array.isArray(x) && x.every((c) => typeof c === "object" && c !== null && typeof (c as { key?: unknown }).key === "string");
const scalar = (x: unknown) => (typeof x === "string" && x.trim() ? x : typeof x === "number" ? String(x) : null);

function toLine(item: unknown): ShownLine | null {
  if (typeof item !== "object" || item === null) return null;
  const o = item as Record<string, unknown>;
  if (!isCites(o.cites)) return null;
  const text = textFields.map((f) => scalar(o[f])).find(Boolean) ?? null;
  const title = titleFields.map((f) => scalar(o[f])).find(Boolean) ?? undefined;
  if (!text && !title) return null;
  const details = detailFields.flatMap((field) => (scalar(o[field]) ? [{ field, value: scalar(o[field])! }] : []));
  return { text: text ?? title!, title: text ? title : undefined, details, cites: o.cites };
}

/**
 * Reads a reasoning agent's value (`{ items }`, `{ strategy, steps }`, `{ person, items }`, ...) into
 * parts the drawer shows line by line with their citations; null for any other fact.
 */
export function groundedParts(value: unknown): FactPart[] | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const headline: FactPart[] = [];
  const lists: FactPart[] = [];
  for (const [field, x] of Object.entries(value)) {
    if (field === "person") continue; // the persona's first item already says who
    if (Array.isArray(x)) {
      const lines = x.map(toLine).filter((l): l is ShownLine => l !== null);
      if (lines.length) lists.push({ field, lines });
    } else if (toLine(x)) {
      lists.push({ field, lines: [toLine(x)!] });
    } else if (scalar(x) && !["channel", "score", "greeting", "body"].includes(field)) {
      headline.push({ field, text: scalar(x)! });
    }
  }
  return lists.length ? [...headline, ...lists] : null;
}

/** A reasoning fact as plain lines ("Title: text"), for a prompt or a spreadsheet; null for any other fact. */
export function groundedTexts(value: unknown): string[] | null {
  const parts = groundedParts(value);
  if (!parts) return null;
  return parts.flatMap((part) => ("lines" in part ? part.lines.map((line) => (line.title ? `${line.title}: ${line.text}` : line.text)) : [part.text]));
}
