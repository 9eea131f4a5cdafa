import { inngest } from "@/inngest/client";
import { agents } from "@/inngest/agents/registry";
import { jobFinished, leadEnrichmentRequested } from "@/inngest/events";
import { runAgentStep } from "@/inngest/pipeline/run-agent-step";
import { scopeFor } from "@/inngest/pipeline/scope-for";
import { lastFailure } from "@/server/domain/enrichment/last-failure";
import { settleLead } from "@/server/domain/enrichment/settle-lead";
import { startLeadEnrichment } from "@/server/domain/enrichment/start-lead-enrichment";

/**
 * One lead through its agents, one durable step each. The plan is every registered agent for
 * now; the hybrid orchestrator will choose per lead. A step that gives up (or a permanent
 * failure) ends the lead as failed and refunded, never as half-enriched.
 */
export const enrichLead = inngest.createFunction(
  {
    id: "enrich-lead",
    retries: 2,
    concurrency: { limit: 10, key: "event.data.workspaceId" },
    triggers: [leadEnrichmentRequested],
  },
  async ({ event, step, attempt, maxAttempts }) => {
    const { workspaceId, jobId, leadId } = event.data;
    const scope = await scopeFor(workspaceId);
    const plan = agents.map((a) => ({ name: a.name, label: a.label }));
    await step.run("start", () => startLeadEnrichment(scope, { leadId, jobId, plan, reason: "every deterministic agent" }));

    let outcome: "enriched" | "failed" = "enriched";
    try {
      for (const [i, agent] of plan.entries()) {
        await step.run(agent.name, () =>
          runAgentStep(scope, { leadId, jobId, agent, next: plan[i + 1] ?? null, total: plan.length, attempt, maxAttempts: maxAttempts ?? 3 }),
        );
      }
    } catch (error) {
      outcome = "failed";
      const message = error instanceof Error ? error.message : String(error);
      const settled = await step.run("fail", async () =>
        settleLead(scope, { leadId, jobId, outcome: await lastFailure(scope, leadId, message) }),
      );
      if (settled.jobCompleted) await step.sendEvent("job-finished", jobFinished.create({ workspaceId, jobId }));
      return { leadId, outcome };
    }
    const settled = await step.run("finish", () => settleLead(scope, { leadId, jobId, outcome: { success: true } }));
    if (settled.jobCompleted) await step.sendEvent("job-finished", jobFinished.create({ workspaceId, jobId }));
    return { leadId, outcome };
  },
);
