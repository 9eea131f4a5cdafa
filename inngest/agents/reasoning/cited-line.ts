import { z } from "zod";
import type { Evidence } from "./evidence";

/** What a model returns for one line: the text and the evidence ids it rests on. */
export const citedLine = z.object({
  text: z.string().min(1).max(600),
  factIds: z.array(z.string()).max(12),
});
export type CitedLine = z.infer<typeof citedLine>;

/** A stored citation: which fact (by key and agent) a line rests on, and where that fact came from. */
export type Citation = { key: string; agent: string; sourceUrl: string | null };

/** A line that survived grounding, as stored on the lead. */
export type GroundedLine = { text: string; cites: Citation[] };

/**
 * Grounding: ids are checked against the evidence the call was given. A line that cites no
 * known id (none at all, or only invented ones) is dropped, never shown; unknown ids beside
 * known ones are removed from the line's citations.
 */
export function groundLine(line: CitedLine, evidence: Evidence): GroundedLine | null {
  const cites: Citation[] = [];
  for (const id of new Set(line.factIds.map((raw) => raw.trim().toUpperCase()))) {
    const item = evidence.byId.get(id);
    if (item) cites.push({ key: item.key, agent: item.agent, sourceUrl: item.sourceUrl });
  }
  const text = line.text.trim();
  return cites.length > 0 && text ? { text, cites } : null;
}

/** Grounds every line; reports how many were dropped so the agent can say so. */
export function groundLines(lines: CitedLine[], evidence: Evidence): { lines: GroundedLine[]; dropped: number } {
  const kept = lines.map((line) => groundLine(line, evidence)).filter((line): line is GroundedLine => line !== null);
  return { lines: kept, dropped: lines.length - kept.length };
}

/** True when the line rests on at least one fact about the lead (not only on our own offer). */
export function citesLead(line: GroundedLine): boolean {
  return line.cites.some((cite) => !cite.key.startsWith("offer."));
}
