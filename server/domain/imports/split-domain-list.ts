import { AppError } from "@/server/errors";
import type { DomainCandidate, ReadList } from "./domain-import";
import { MAX_IMPORT_ROWS } from "./import-limits";

// A pasted column often keeps its title; it is not a domain to report as invalid.
const HEADER = /^(domains?|dom[ií]nios?|websites?|sites?|urls?)$/i;

/**
 * A pasted list (one domain per line, or separated by commas, semicolons or tabs), numbered
 * entry by entry with blanks skipped, or an API caller's array, numbered by its own positions.
 */
export function splitDomainList(input: string | string[]): ReadList {
  let candidates: DomainCandidate[];
  if (Array.isArray(input)) {
    candidates = input.map((value, i) => ({ row: i + 1, value: value.trim() })).filter((c) => c.value);
    if (candidates.length && HEADER.test(candidates[0]!.value)) candidates.shift();
  } else {
    const entries = input.split(/[\r\n,;\t]+/).map((value) => value.trim()).filter(Boolean);
    if (entries.length && HEADER.test(entries[0]!)) entries.shift();
    candidates = entries.map((value, i) => ({ row: i + 1, value }));
  }
  if (candidates.length > MAX_IMPORT_ROWS) {
    throw new AppError(
      "INVALID_INPUT",
      `The list has ${candidates.length.toLocaleString("en")} domains; the limit is ${MAX_IMPORT_ROWS.toLocaleString("en")} at once. Split it into smaller lists.`,
      "domains",
    );
  }
  return {
    format: "list",
    rows: candidates.length,
    candidates,
    issues: [],
    header: null,
    column: null,
    delimiter: null,
    encoding: "UTF-8",
    notices: [],
  };
}
