import type { CitedLine } from "./cited-line";
import type { EvidenceItem } from "./evidence";
import { fold } from "./fold";

/** A fallback line citing the evidence it was built from (missing items are skipped). */
export function cite(text: string, ...items: (EvidenceItem | undefined)[]): CitedLine {
  return { text, factIds: items.filter((item): item is EvidenceItem => item !== undefined).map((item) => item.id) };
}

const words = (s: string) => new Set(fold(s).split(/[^a-z0-9]+/).filter((w) => w.length > 3));

/** Evidence items sharing a meaningful word with `text` (crude, but honest: the citation shows why). */
export function related(text: string, items: EvidenceItem[]): EvidenceItem[] {
  const wanted = words(text);
  return items.filter((item) => [...words(item.text)].some((w) => wanted.has(w) || [...wanted].some((x) => x.length > 5 && (w.startsWith(x.slice(0, 6)) || x.startsWith(w.slice(0, 6))))));
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Text cut at a word boundary near `max`, with an ellipsis, and its trailing full stop dropped. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim().replace(/\.$/, "");
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 20)).replace(/[\s,;:·-]+$/, "")}…`;
}

/** Text cut to `max` characters, ellipsis included, as it stands: unlike `clip`, no spaces folded, no word boundary sought, no full stop dropped. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
