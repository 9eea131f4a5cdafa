import { and, desc, eq, gte, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { agentRuns } from "@/db/schema";
import type { AdminWindow } from "@/server/api/schemas/admin";
import { windowStart } from "./admin-window";

/** The most frequent failure reasons over the window, per agent, with one example message. */
export async function getAgentErrors({ db }: { db: DbOrTx }, input: { window: AdminWindow; limit?: number }) {
  const reason = sql<string>`coalesce(${agentRuns.errorReason}, 'unclassified')`;
  return db
    .select({
      agent: agentRuns.agent,
      reason,
      count: sql<number>`count(*)`.mapWith(Number),
      example: sql<string | null>`max(${agentRuns.error})`,
      lastAt: sql<Date>`max(${agentRuns.startedAt})`.mapWith(agentRuns.startedAt),
    })
    .from(agentRuns)
    .where(and(eq(agentRuns.status, "failed"), gte(agentRuns.startedAt, windowStart(input.window))))
    .groupBy(agentRuns.agent, reason)
    .orderBy(desc(sql`count(*)`), agentRuns.agent)
    .limit(input.limit ?? 10);
}
