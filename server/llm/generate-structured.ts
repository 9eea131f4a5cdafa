import { generateText, Output } from "ai";
import type { z } from "zod";
import type { AgentUsage } from "@/inngest/agents/agent";
import { costOf } from "./model-prices";
import type { ReasoningModel } from "./reasoning-model";
import { WorkspaceLimiter } from "./workspace-limiter";

const globalForLimiter = globalThis as unknown as { nelliaLlmLimiter?: WorkspaceLimiter };
const limiter = (globalForLimiter.nelliaLlmLimiter ??= new WorkspaceLimiter());

export type StructuredRequest<T> = {
  workspaceId: string;
  /** Names the output for providers that take a schema name (e.g. "pain_points"). */
  name: string;
  schema: z.ZodType<T>;
  system: string;
  prompt: string;
  signal?: AbortSignal;
};

/**
 * One schema-validated model call: queued behind the workspace's other calls, retried by the
 * AI SDK on 429/5xx (waiting for `retry-after` when the provider sends it), with its tokens and
 * cost. Output that does not match the schema throws, like any other failed call.
 */
export async function generateStructured<T>(llm: ReasoningModel, request: StructuredRequest<T>): Promise<{ value: T; usage: AgentUsage }> {
  return limiter.run(request.workspaceId, llm.concurrencyPerWorkspace, async () => {
    const result = await generateText({
      model: llm.model,
      system: request.system,
      prompt: request.prompt,
      output: Output.object({ schema: request.schema, name: request.name }),
      maxRetries: llm.maxRetries,
      abortSignal: request.signal,
      temperature: 0.2,
    });
    const inputTokens = result.totalUsage.inputTokens ?? 0;
    const outputTokens = result.totalUsage.outputTokens ?? 0;
    return {
      value: result.output as T,
      usage: { model: llm.id, inputTokens, outputTokens, costUsd: costOf(llm.pricing, inputTokens, outputTokens) },
    };
  });
}
