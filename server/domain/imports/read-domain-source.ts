import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { checkDomainCandidates } from "./check-domain-candidates";
import { MAX_LISTED_ISSUES, type DomainImport, type ImportIssueKind, type ReadList } from "./domain-import";
import { markKnownDomains } from "./mark-known-domains";
import { parseDomainCsv } from "./parse-domain-csv";
import { splitDomainList } from "./split-domain-list";

export type DomainSource = { kind: "domains"; domains: string[] } | { kind: "paste"; text: string } | { kind: "csv"; contentBase64: string; fileName?: string };

function read(source: DomainSource): ReadList {
  if (source.kind === "csv") return parseDomainCsv(Buffer.from(source.contentBase64, "base64"));
  return splitDomainList(source.kind === "paste" ? source.text : source.domains);
}

/**
 * The one reading of a domain list that both the estimate and the start use, so the server
 * never trusts a client's list: parsed, normalised, deduplicated, and checked against the
 * leads this workspace already has. Rows that are not looked for say why.
 */
export async function readDomainSource(scope: WorkspaceScope, source: DomainSource): Promise<DomainImport> {
  const list = read(source);
  const { valid, issues: checkIssues } = checkDomainCandidates(list.candidates);
  const { fresh, known } = await markKnownDomains(scope, valid);
  const issues = [...list.issues, ...checkIssues, ...known].sort((a, b) => a.row - b.row);
  const counts = { valid: fresh.length, invalid: 0, empty: 0, malformed: 0, duplicate: 0, known: 0, encoding: 0 } satisfies Record<ImportIssueKind | "valid", number>;
  for (const issue of issues) counts[issue.kind] += 1;
  const { candidates: _candidates, issues: _listIssues, ...meta } = list;
  return {
    ...meta,
    domains: fresh.map((c) => c.domain),
    counts,
    issues: issues.slice(0, MAX_LISTED_ISSUES),
    hiddenIssues: Math.max(issues.length - MAX_LISTED_ISSUES, 0),
  };
}
