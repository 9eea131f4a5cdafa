import { normalizeDomain } from "@/server/domain/leads/normalize-domain";
import { AppError } from "@/server/errors";
import { clip, type DomainCandidate, type ImportIssue } from "./domain-import";

export type CheckedDomain = { row: number; domain: string };

/**
 * Normalises each value with the same rules as adding a lead by hand, and keeps the first row
 * of each company: later rows naming the same domain are duplicates (free), with the row they repeat.
 */
export function checkDomainCandidates(candidates: DomainCandidate[]): { valid: CheckedDomain[]; issues: ImportIssue[] } {
  const valid: CheckedDomain[] = [];
  const issues: ImportIssue[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, value } of candidates) {
    if (!value.trim()) {
      issues.push({ row, value: "", kind: "empty", message: "no domain in this row" });
      continue;
    }
    let domain: string;
    try {
      domain = normalizeDomain(value);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      issues.push({ row, value: clip(value), kind: "invalid", message: error.message });
      continue;
    }
    const seen = firstRow.get(domain);
    if (seen !== undefined) {
      issues.push({ row, value: clip(value), kind: "duplicate", message: `duplicate of row ${seen} (${domain}): free` });
      continue;
    }
    firstRow.set(domain, row);
    valid.push({ row, domain });
  }
  return { valid, issues };
}
