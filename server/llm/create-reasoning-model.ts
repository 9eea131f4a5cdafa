import { createAnthropic } from "@ai-sdk/anthropic";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { priceOf } from "./model-prices";
import type { ReasoningModel } from "./reasoning-model";

export type LlmSettings = {
  provider?: "openai-compatible" | "anthropic" | "google";
  model?: string;
  openaiApiKey?: string;
  openaiBaseUrl?: string;
  anthropicApiKey?: string;
  googleApiKey?: string;
  priceInputPerMTok?: number;
  priceOutputPerMTok?: number;
  maxRetries: number;
  concurrencyPerWorkspace: number;
};

const defaultModels = { "openai-compatible": "gpt-4o-mini", anthropic: "claude-haiku-4-5", google: "gemini-2.5-flash" } as const;

/** Which provider the settings ask for: the explicit one, else the first with a key. */
function chooseProvider(settings: LlmSettings): LlmSettings["provider"] | null {
  if (settings.provider) return settings.provider;
  if (settings.openaiApiKey || settings.openaiBaseUrl) return "openai-compatible";
  if (settings.anthropicApiKey) return "anthropic";
  if (settings.googleApiKey) return "google";
  return null;
}

/**
 * The reasoning model the environment configures, or null when none is (reasoning agents then
 * run their deterministic fallbacks). A provider named without its key is a setup mistake and
 * says so at start rather than at the first lead.
 */
export function createReasoningModel(settings: LlmSettings): ReasoningModel | null {
  const provider = chooseProvider(settings);
  if (!provider) return null;
  const modelId = settings.model ?? defaultModels[provider];
  const pricing = priceOf(modelId, { inputPerMTok: settings.priceInputPerMTok, outputPerMTok: settings.priceOutputPerMTok });
  const base = { pricing, maxRetries: settings.maxRetries, concurrencyPerWorkspace: settings.concurrencyPerWorkspace };
  switch (provider) {
    case "openai-compatible": {
      if (!settings.openaiApiKey && !settings.openaiBaseUrl) throw new Error("LLM_PROVIDER=openai-compatible needs OPENAI_API_KEY (and OPENAI_BASE_URL for a server other than OpenAI).");
      const openai = createOpenAICompatible({
        name: "openai-compatible",
        baseURL: settings.openaiBaseUrl ?? "https://api.openai.com/v1",
        apiKey: settings.openaiApiKey,
        supportsStructuredOutputs: true,
        includeUsage: true,
      });
      return { ...base, id: `openai-compatible/${modelId}`, model: openai.chatModel(modelId) };
    }
    case "anthropic": {
      if (!settings.anthropicApiKey) throw new Error("LLM_PROVIDER=anthropic needs ANTHROPIC_API_KEY.");
      return { ...base, id: `anthropic/${modelId}`, model: createAnthropic({ apiKey: settings.anthropicApiKey })(modelId) };
    }
    case "google": {
      if (!settings.googleApiKey) throw new Error("LLM_PROVIDER=google needs GOOGLE_GENERATIVE_AI_API_KEY.");
      return { ...base, id: `google/${modelId}`, model: createGoogleGenerativeAI({ apiKey: settings.googleApiKey })(modelId) };
    }
  }
}
