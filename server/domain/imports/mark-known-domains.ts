import { inArray } from "drizzle-orm";
import { leads } from "@/db/schema";
import { leadsOf, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import type { ImportIssue } from "./domain-import";
import type { CheckedDomain } from "./check-domain-candidates";

const CHUNK = 1_000;

/** Splits checked domains into new ones and ones this workspace already has (free: never charged twice). */
export async function markKnownDomains(scope: WorkspaceScope, checked: CheckedDomain[]): Promise<{ fresh: CheckedDomain[]; known: ImportIssue[] }> {
  const known = new Set<string>();
  for (let i = 0; i < checked.length; i += CHUNK) {
    const domains = checked.slice(i, i + CHUNK).map((c) => c.domain);
    const rows = await scope.db.select({ domain: leads.domain }).from(leads).where(leadsOf(scope, inArray(leads.domain, domains)));
    for (const row of rows) known.add(row.domain);
  }
  return {
    fresh: checked.filter((c) => !known.has(c.domain)),
    known: checked.filter((c) => known.has(c.domain)).map((c) => ({ row: c.row, value: c.domain, kind: "known", message: "already on your board: free" })),
  };
}
