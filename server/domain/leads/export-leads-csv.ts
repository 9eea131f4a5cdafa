import { asc, eq } from "drizzle-orm";
import Papa from "papaparse";
import { leadFacts, leads } from "@/db/schema";
import { leadsOf, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

const BASE_COLUMNS = ["domain", "company", "stage", "status", "score", "tier", "industry", "created_at"] as const;

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(text).join("; ");
  const v = value as Record<string, unknown>;
  return typeof v.label === "string" ? v.label : JSON.stringify(value);
}

/**
 * The workspace's leads as CSV: one row per lead, then for every fact key its value, source URL,
 * method and confidence, so each claim in a spreadsheet can be checked where it came from.
 * Cells that start like formulas are prefixed so spreadsheet apps do not execute them.
 */
export async function exportLeadsCsv(scope: WorkspaceScope): Promise<string> {
  const rows = await scope.db.select().from(leads).where(leadsOf(scope)).orderBy(asc(leads.stage), asc(leads.position));
  const facts = await scope.db.select().from(leadFacts).where(eq(leadFacts.workspaceId, scope.workspaceId)).orderBy(asc(leadFacts.key));
  const byLead = new Map<string, typeof facts>();
  for (const fact of facts) byLead.set(fact.leadId, [...(byLead.get(fact.leadId) ?? []), fact]);
  const keys = [...new Set(facts.map((f) => f.key))].sort();
  const header = [...BASE_COLUMNS, ...keys.flatMap((k) => [k, `${k} source`, `${k} method`, `${k} confidence`])];
  const data = rows.map((lead) => {
    const own = new Map((byLead.get(lead.id) ?? []).map((f) => [f.key, f]));
    return [
      lead.domain,
      lead.companyName ?? "",
      lead.stage,
      lead.status,
      lead.score ?? "",
      lead.tier ?? "",
      lead.industry ?? "",
      lead.createdAt.toISOString(),
      ...keys.flatMap((k) => {
        const f = own.get(k);
        return f ? [text(f.value), f.sourceUrl ?? "", f.method, f.confidence.toFixed(2)] : ["", "", "", ""];
      }),
    ].map((cell) => (typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell));
  });
  return Papa.unparse({ fields: header, data });
}
