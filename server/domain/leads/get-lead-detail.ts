import { asc, eq } from "drizzle-orm";
import { agentRuns, crawledPages, leadFacts, leads } from "@/db/schema";
import type { CrawledPage } from "@/inngest/agents/agent";
import { leadsOf, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { toLeadView } from "./lead-view";

/** Everything the lead drawer shows: the lead, each fact with its evidence, the step timeline, the pages read. */
export async function getLeadDetailOrThrow(scope: WorkspaceScope, leadId: string) {
  const row = await scope.db.query.leads.findFirst({ where: leadsOf(scope, eq(leads.id, leadId)) });
  if (!row) throw new AppError("NOT_FOUND", "No such lead in this workspace.");
  const [facts, runs, pages] = await Promise.all([
    scope.db
      .select({
        id: leadFacts.id,
        agent: leadFacts.agent,
        key: leadFacts.key,
        value: leadFacts.value,
        method: leadFacts.method,
        sourceUrl: leadFacts.sourceUrl,
        confidence: leadFacts.confidence,
        retrievedAt: leadFacts.retrievedAt,
      })
      .from(leadFacts)
      .where(eq(leadFacts.leadId, leadId))
      .orderBy(asc(leadFacts.retrievedAt), asc(leadFacts.key)),
    scope.db
      .select({
        agent: agentRuns.agent,
        status: agentRuns.status,
        attempt: agentRuns.attempt,
        message: agentRuns.message,
        error: agentRuns.error,
        errorReason: agentRuns.errorReason,
        model: agentRuns.model,
        tokens: agentRuns.tokens,
        costUsd: agentRuns.costUsd,
        startedAt: agentRuns.startedAt,
        finishedAt: agentRuns.finishedAt,
        durationMs: agentRuns.durationMs,
      })
      .from(agentRuns)
      .where(eq(agentRuns.leadId, leadId))
      .orderBy(asc(agentRuns.startedAt)),
    scope.db.select({ page: crawledPages.page }).from(crawledPages).where(eq(crawledPages.leadId, leadId)).orderBy(asc(crawledPages.fetchedAt)),
  ]);
  return {
    lead: toLeadView(row),
    facts,
    runs,
    pages: pages.map(({ page }) => {
      const p = page as unknown as CrawledPage;
      return { url: p.finalUrl ?? p.url, title: p.title, kind: p.kind, status: p.status, bytes: p.bytes };
    }),
  };
}
export type LeadDetail = Awaited<ReturnType<typeof getLeadDetailOrThrow>>;
