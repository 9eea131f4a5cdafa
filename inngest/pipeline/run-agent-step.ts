import { NonRetriableError } from "inngest";
import { AgentFailure, type AgentEnvironment } from "@/inngest/agents/agent";
import { agentByName } from "@/inngest/agents/registry";
import { isKnownElsewhere, loadAgentContext } from "@/server/domain/enrichment/load-agent-context";
import { loadAgentWorkspace } from "@/server/domain/enrichment/load-agent-workspace";
import { recordAgentFailure } from "@/server/domain/enrichment/record-agent-failure";
import { recordAgentResult } from "@/server/domain/enrichment/record-agent-result";
import type { PlannedAgent } from "@/server/domain/enrichment/start-lead-enrichment";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { crawlerAllowsPrivateNetworks } from "@/server/env";
import { loggerFor } from "@/server/observability/logger";
import { demoAwareDns } from "@/server/pipeline/demo-aware-dns";
import { getConfiguredSearchProvider, getDemoWeb } from "@/server/pipeline/demo-services";
import { getReasoningModel } from "@/server/pipeline/reasoning-service";

export type AgentStepInput = {
  leadId: string;
  jobId: string | null;
  agent: PlannedAgent;
  next: PlannedAgent | null;
  total: number;
  attempt: number;
  maxAttempts: number;
};

/**
 * The body of one agent's `step.run`: read what earlier agents stored, run the agent (a plain
 * function), write its result. A failure retrying cannot fix ends the step at once.
 */
export async function runAgentStep(scope: WorkspaceScope, input: AgentStepInput): Promise<{ facts: number; message: string }> {
  const startedAt = new Date();
  const agent = agentByName(input.agent.name);
  const [context, workspace, web] = await Promise.all([loadAgentContext(scope, input.leadId), loadAgentWorkspace(scope), getDemoWeb()]);
  const env: AgentEnvironment = {
    allowPrivateNetworks: crawlerAllowsPrivateNetworks,
    hostOverrides: web ? (hostname) => web.hostOverride(hostname) : undefined,
    dns: web ? demoAwareDns((hostname) => web.hostOverride(hostname) !== null) : undefined,
    isKnownDomain: (domain) => isKnownElsewhere(scope, input.leadId, domain),
    search: agent.name === "web-research" ? await getConfiguredSearchProvider() : null,
    llm: agent.kind === "reasoning" ? getReasoningModel() : null,
  };
  const log = loggerFor({ workspaceId: scope.workspaceId, jobId: input.jobId, leadId: input.leadId, agent: agent.name, attempt: input.attempt + 1 });
  try {
    const output = await agent.run({ ...context, env, workspace });
    await recordAgentResult(scope, { ...input, output, startedAt });
    log.info({ durationMs: Date.now() - startedAt.getTime(), facts: output.facts.length }, "agent finished");
    return { facts: output.facts.length, message: output.message };
  } catch (error) {
    const permanent = error instanceof AgentFailure;
    const message = error instanceof Error ? error.message : String(error);
    const reason = permanent ? error.reason : "agent_error";
    const final = permanent || input.attempt + 1 >= input.maxAttempts;
    await recordAgentFailure(scope, { ...input, error: message, reason, final, startedAt });
    const line = { durationMs: Date.now() - startedAt.getTime(), reason, error: message, willRetry: !final };
    if (final) log.error(line, "agent failed");
    else log.warn(line, "agent failed");
    if (permanent) throw new NonRetriableError(message, { cause: error });
    throw error;
  }
}
