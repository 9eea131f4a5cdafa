import { desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { leads, workspaces } from "@/db/schema";

/** The lead's latest failed agent run, for the agent and machine-readable reason behind its error. */
const lastFailed = (column: "agent" | "error_reason") =>
  sql<string | null>`(select r.${sql.raw(column)} from agent_runs r where r.lead_id = ${leads.id} and r.status = 'failed' order by r.started_at desc limit 1)`;

/** Failed leads across workspaces: the error the customer sees and the failing agent's reason. */
export async function listFailedLeads({ db }: { db: DbOrTx }, input: { limit?: number } = {}) {
  const rows = await db
    .select({
      id: leads.id,
      workspaceId: leads.workspaceId,
      workspaceName: workspaces.name,
      jobId: leads.jobId,
      domain: leads.domain,
      companyName: leads.companyName,
      error: leads.error,
      agent: lastFailed("agent"),
      reason: lastFailed("error_reason"),
      updatedAt: leads.updatedAt,
    })
    .from(leads)
    .innerJoin(workspaces, eq(workspaces.id, leads.workspaceId))
    .where(eq(leads.status, "failed"))
    .orderBy(desc(leads.updatedAt))
    .limit(input.limit ?? 100);
  return rows.map((row) => ({ ...row, retryable: row.jobId !== null }));
}
