import { and, eq, ne } from "drizzle-orm";
import { crawledPages, leadFacts, leads } from "@/db/schema";
import type { AgentInput, CrawledPage } from "@/inngest/agents/agent";
import { leadsOf, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

/** What an agent reads about its lead: the lead, the facts and pages earlier agents stored. */
export async function loadAgentContext(scope: WorkspaceScope, leadId: string): Promise<Pick<AgentInput, "lead" | "facts" | "pages">> {
  const lead = await scope.db.query.leads.findFirst({ where: leadsOf(scope, eq(leads.id, leadId)) });
  if (!lead) throw new Error(`lead ${leadId} not found`);
  const facts = await scope.db.select().from(leadFacts).where(eq(leadFacts.leadId, leadId));
  const pages = await scope.db.select({ page: crawledPages.page }).from(crawledPages).where(eq(crawledPages.leadId, leadId)).orderBy(crawledPages.fetchedAt);
  return {
    lead: { id: lead.id, workspaceId: lead.workspaceId, domain: lead.domain, companyName: lead.companyName },
    facts: facts.map((f) => ({ agent: f.agent, key: f.key, value: f.value, method: f.method, sourceUrl: f.sourceUrl, confidence: f.confidence })),
    pages: pages.map((p) => p.page as unknown as CrawledPage),
  };
}

/** Intake's question: does the workspace already have this company under another lead? */
export async function isKnownElsewhere(scope: WorkspaceScope, leadId: string, domain: string): Promise<boolean> {
  const other = await scope.db.query.leads.findFirst({ where: leadsOf(scope, and(eq(leads.domain, domain), ne(leads.id, leadId))), columns: { id: true } });
  return Boolean(other);
}
