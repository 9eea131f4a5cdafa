import { agentRuns } from "@/db/schema";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";

export type AgentRunRecord = {
  leadId: string;
  jobId: string | null;
  agent: string;
  status: "succeeded" | "failed";
  attempt: number;
  message: string;
  error: string | null;
  errorReason: string | null;
  startedAt: Date;
  /** What a model call cost this attempt (reasoning agents with a model configured). */
  usage?: { model: string; inputTokens: number; outputTokens: number; costUsd: number };
};

/** The lead's one row for this agent (the step timeline), rewritten by each attempt. */
export async function upsertAgentRun(scope: WorkspaceScope, record: AgentRunRecord) {
  const finishedAt = new Date();
  const { leadId, jobId, agent, usage, ...rest } = record;
  const run = {
    ...rest,
    model: usage?.model ?? null,
    tokens: usage ? usage.inputTokens + usage.outputTokens : 0,
    costUsd: usage?.costUsd ?? 0,
    finishedAt,
    durationMs: finishedAt.getTime() - record.startedAt.getTime(),
  };
  await scope.db
    .insert(agentRuns)
    .values({ workspaceId: scope.workspaceId, leadId, jobId, agent, ...run })
    .onConflictDoUpdate({ target: [agentRuns.leadId, agentRuns.agent], set: run });
  return run;
}
