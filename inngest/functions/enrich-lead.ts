import { inngest } from "@/inngest/client";
import { closingAgents, deterministicAgents, reasoningAgents } from "@/inngest/agents/registry";
import { jobFinished, leadEnrichmentRequested, webhookDeliveryRequest } from "@/inngest/events";
import { runAgentStep, type AgentStepInput } from "@/inngest/pipeline/run-agent-step";
import { scopeFor } from "@/inngest/pipeline/scope-for";
import { decideLeadPlan } from "@/server/domain/enrichment/decide-lead-plan";
import { lastFailure } from "@/server/domain/enrichment/last-failure";
import { settleLead } from "@/server/domain/enrichment/settle-lead";
import { startLeadEnrichment, type PlannedAgent } from "@/server/domain/enrichment/start-lead-enrichment";
import { listUnsentWebhookDeliveries } from "@/server/domain/webhooks/list-unsent-webhook-deliveries";
import { leadConcurrencyPerWorkspace } from "@/server/env";

const planned = (list: readonly { name: string; label: string }[]): PlannedAgent[] => list.map((a) => ({ name: a.name, label: a.label }));
const firstPhase = planned(deterministicAgents);
const fullRest = planned([...reasoningAgents, ...closingAgents]);
const limitedRest = planned(closingAgents);

/**
 * One lead through its agents, one durable step each, under the hybrid orchestrator: every
 * deterministic agent runs (through the ICP fit score), then a `plan` step chooses the full plan
 * (reasoning agents, then the stage router) or the limited one (the stage router alone) from the
 * score and what the site gave. A step that gives up (or a permanent failure) ends the lead as
 * failed and refunded, never as half-enriched.
 */
export const enrichLead = inngest.createFunction(
  {
    id: "enrich-lead",
    retries: 2,
    concurrency: { limit: leadConcurrencyPerWorkspace, key: "event.data.workspaceId" },
    triggers: [leadEnrichmentRequested],
  },
  async ({ event, step, attempt, maxAttempts }) => {
    const { workspaceId, jobId, leadId } = event.data;
    const scope = await scopeFor(workspaceId);
    // Settling wrote lead.enriched / quota.updated / job.completed deliveries to the outbox: send them.
    const requestWebhooks = async () => {
      const deliveries = await step.run("find-webhook-deliveries", () => listUnsentWebhookDeliveries(scope));
      if (deliveries.length > 0) await step.sendEvent("request-webhook-deliveries", deliveries.map((id) => webhookDeliveryRequest(workspaceId, id)));
    };
    await step.run("start", () =>
      startLeadEnrichment(scope, { leadId, jobId, plan: [...firstPhase, ...fullRest], reason: "Deterministic agents first; the fit score then chooses the rest of the plan" }),
    );

    const run = (agent: PlannedAgent, next: PlannedAgent | null, total: number) => {
      const input: AgentStepInput = { leadId, jobId, agent, next, total, attempt, maxAttempts: maxAttempts ?? 3 };
      return step.run(agent.name, () => runAgentStep(scope, input));
    };

    let outcome: "enriched" | "failed" = "enriched";
    try {
      for (const [i, agent] of firstPhase.entries()) await run(agent, firstPhase[i + 1] ?? fullRest[0] ?? null, firstPhase.length + fullRest.length);
      const choice = await step.run("plan", () => decideLeadPlan(scope, { leadId, jobId, full: fullRest, limited: limitedRest }));
      const total = firstPhase.length + choice.agents.length;
      for (const [i, agent] of choice.agents.entries()) await run(agent, choice.agents[i + 1] ?? null, total);
    } catch (error) {
      outcome = "failed";
      const message = error instanceof Error ? error.message : String(error);
      const settled = await step.run("fail", async () =>
        settleLead(scope, { leadId, jobId, outcome: await lastFailure(scope, leadId, message) }),
      );
      await requestWebhooks();
      if (settled.jobCompleted) await step.sendEvent("job-finished", jobFinished.create({ workspaceId, jobId }));
      return { leadId, outcome };
    }
    const settled = await step.run("finish", () => settleLead(scope, { leadId, jobId, outcome: { success: true } }));
    await requestWebhooks();
    if (settled.jobCompleted) await step.sendEvent("job-finished", jobFinished.create({ workspaceId, jobId }));
    return { leadId, outcome };
  },
);
