import { asc, eq } from "drizzle-orm";
import Papa from "papaparse";
import { factValueText } from "@/components/leads/fact-value";
import { groundedTexts } from "@/components/leads/grounded-lines";
import { leadFacts, leads } from "@/db/schema";
import { leadsOf, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

const BASE_COLUMNS = ["domain", "company", "stage", "status", "score", "tier", "plan", "plan_reason", "industry", "created_at"] as const;

/** A fact as a spreadsheet cell: the email as subject and body, reasoning as its lines, the rest in one line. */
function text(key: string, value: unknown): string {
  if (key === "outreach.email" && value && typeof value === "object") {
    const email = value as { subject?: string; body?: string };
    return `Subject: ${email.subject ?? ""}\n\n${email.body ?? ""}`;
  }
  if (key === "score.fit" && value && typeof value === "object") {
    const fit = value as { score?: number; tier?: string; breakdown?: { label: string; points: number; weight: number }[] };
    return [`${fit.score}/100 (${fit.tier})`, ...(fit.breakdown ?? []).map((b) => `${b.label}: ${b.points}/${b.weight}`)].join("\n");
  }
  const lines = groundedTexts(value);
  if (lines) return lines.join("\n");
  return Array.isArray(value) ? value.map(factValueText).join("; ") : factValueText(value);
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
      lead.plan ?? "",
      lead.planReason ?? "",
      lead.industry ?? "",
      lead.createdAt.toISOString(),
      ...keys.flatMap((k) => {
        const f = own.get(k);
        return f ? [text(k, f.value), f.sourceUrl ?? "", f.method, f.confidence.toFixed(2)] : ["", "", "", ""];
      }),
    ].map((cell) => (typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell));
  });
  return Papa.unparse({ fields: header, data });
}
