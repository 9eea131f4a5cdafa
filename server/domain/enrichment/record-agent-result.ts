import { and, count, eq } from "drizzle-orm";
import { agentRuns, crawledPages, leadFacts, leads } from "@/db/schema";
import type { AgentOutput } from "@/inngest/agents/agent";
import { lockWorkspaceEvents } from "@/server/domain/events/publish-event";
import { toLeadView } from "@/server/domain/leads/lead-view";
import { withScope, type WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { lockLead } from "./lock-lead";
import { publishStatusUpdate } from "./publish-status-update";
import { upsertAgentRun } from "./upsert-agent-run";
import type { PlannedAgent } from "./start-lead-enrichment";

export type AgentResultInput = {
  leadId: string;
  jobId: string | null;
  agent: PlannedAgent;
  next: PlannedAgent | null;
  output: AgentOutput;
  startedAt: Date;
  attempt: number;
  total: number;
};

/**
 * One agent step's whole write, in one transaction: its facts, pages and `agent_runs` row, the
 * lead's progress and current agent, and its `status_update`. A retry of a step that already
 * committed changes nothing and emits nothing.
 */
export async function recordAgentResult(scope: WorkspaceScope, input: AgentResultInput) {
  return scope.db.transaction(async (tx) => {
    await lockWorkspaceEvents({ db: tx }, scope.workspaceId);
    const txScope = withScope(scope, tx);
    const locked = await lockLead(txScope, input.leadId);
    const [done] = await tx
      .select({ id: agentRuns.id })
      .from(agentRuns)
      .where(and(eq(agentRuns.leadId, input.leadId), eq(agentRuns.agent, input.agent.name), eq(agentRuns.status, "succeeded")));
    if (done) return { duplicate: true };

    const finishedAt = new Date();
    await tx.delete(leadFacts).where(and(eq(leadFacts.leadId, input.leadId), eq(leadFacts.agent, input.agent.name)));
    if (input.output.facts.length) {
      await tx.insert(leadFacts).values(
        input.output.facts.map((f) => ({
          workspaceId: scope.workspaceId,
          leadId: input.leadId,
          agent: input.agent.name,
          key: f.key,
          value: f.value as object,
          method: f.method,
          sourceUrl: f.sourceUrl,
          confidence: f.confidence,
          retrievedAt: finishedAt,
        })),
      );
    }
    for (const page of input.output.pages ?? []) {
      await tx
        .insert(crawledPages)
        .values({ workspaceId: scope.workspaceId, leadId: input.leadId, url: page.url, page, fetchedAt: new Date(page.fetchedAt) })
        .onConflictDoUpdate({ target: [crawledPages.leadId, crawledPages.url], set: { page, fetchedAt: new Date(page.fetchedAt) } });
    }
    const run = await upsertAgentRun(txScope, {
      leadId: input.leadId,
      jobId: input.jobId,
      agent: input.agent.name,
      status: "succeeded",
      attempt: input.attempt + 1,
      message: input.output.message,
      error: null,
      errorReason: null,
      startedAt: input.startedAt,
      usage: input.output.usage,
    });
    const [progress] = await tx
      .select({ n: count() })
      .from(agentRuns)
      .where(and(eq(agentRuns.leadId, input.leadId), eq(agentRuns.status, "succeeded")));
    const [lead] = await tx
      .update(leads)
      .set({
        progressDone: progress!.n,
        currentAgent: input.next?.name ?? null,
        statusMessage: input.output.message,
        ...(input.output.lead?.companyName ? { companyName: input.output.lead.companyName } : {}),
        ...(input.output.lead?.industry ? { industry: input.output.lead.industry } : {}),
        ...(input.output.lead?.score !== undefined ? { score: input.output.lead.score } : {}),
        ...(input.output.lead?.tier ? { tier: input.output.lead.tier } : {}),
        // A routed lead goes to the top of its new column, like a new card; one a user already
        // moved out of Prospecting stays where they put it.
        ...(input.output.lead?.stage && locked.stage === "prospecting" ? { stage: input.output.lead.stage, position: -Date.now() } : {}),
        updatedAt: finishedAt,
      })
      .where(eq(leads.id, input.leadId))
      .returning();
    await publishStatusUpdate(txScope, input, {
      agent: input.agent.name,
      label: input.agent.label,
      status: "succeeded",
      message: input.output.message,
      facts: input.output.facts.length,
      durationMs: run.durationMs,
      ...(run.model ? { model: run.model, tokens: run.tokens, costUsd: run.costUsd } : {}),
      progress: { done: progress!.n, total: input.total },
      next: input.next,
      lead: toLeadView(lead!),
    });
    return { duplicate: false };
  });
}
