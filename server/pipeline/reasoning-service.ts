import "server-only";
import { createReasoningModel } from "@/server/llm/create-reasoning-model";
import type { ReasoningModel } from "@/server/llm/reasoning-model";
import { env } from "@/server/env";

const globalForLlm = globalThis as unknown as { nelliaReasoningModel?: ReasoningModel | null };

/** The process's reasoning model from the environment, or null (fallbacks) when none is set. */
export function getReasoningModel(): ReasoningModel | null {
  if (globalForLlm.nelliaReasoningModel === undefined) {
    globalForLlm.nelliaReasoningModel = createReasoningModel({
      provider: env.LLM_PROVIDER,
      model: env.LLM_MODEL,
      openaiApiKey: env.OPENAI_API_KEY,
      openaiBaseUrl: env.OPENAI_BASE_URL,
      anthropicApiKey: env.ANTHROPIC_API_KEY,
      googleApiKey: env.GOOGLE_GENERATIVE_AI_API_KEY,
      priceInputPerMTok: env.LLM_PRICE_INPUT_PER_MTOK,
      priceOutputPerMTok: env.LLM_PRICE_OUTPUT_PER_MTOK,
      maxRetries: env.LLM_MAX_RETRIES,
      concurrencyPerWorkspace: env.LLM_CONCURRENCY_PER_WORKSPACE,
    });
  }
  return globalForLlm.nelliaReasoningModel;
}
