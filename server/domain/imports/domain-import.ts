/**
 * Why a row of a domain list is not looked for (or, for `encoding`, what to double-check).
 * `duplicate` and `known` rows are free: they are skipped before anything is reserved.
 */
export type ImportIssueKind = "invalid" | "empty" | "malformed" | "duplicate" | "known" | "encoding";

export type ImportIssue = { row: number; value: string; kind: ImportIssueKind; message: string };

/** A value read from one row, before it is checked. */
export type DomainCandidate = { row: number; value: string };

export type DomainImport = {
  format: "csv" | "list";
  /** Data rows read: header and blank lines excluded. */
  rows: number;
  /** New, valid, unique domains in the order they came: what a run would look for. */
  domains: string[];
  counts: Record<ImportIssueKind, number> & { valid: number };
  /** Sorted by row; at most MAX_LISTED_ISSUES, the rest counted in `hiddenIssues`. */
  issues: ImportIssue[];
  hiddenIssues: number;
  header: string[] | null;
  column: { index: number; name: string | null; detectedBy: "header" | "content" } | null;
  delimiter: string | null;
  encoding: string;
  notices: string[];
};

/** A list as read, before its values are checked: the candidates and the rows that could not be read. */
export type ReadList = Pick<DomainImport, "format" | "rows" | "header" | "column" | "delimiter" | "encoding" | "notices"> & {
  candidates: DomainCandidate[];
  issues: ImportIssue[];
};

export const MAX_LISTED_ISSUES = 500;

/** Shortens a cell for messages: nobody needs a 2,000-character value echoed back. */
export function clip(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
