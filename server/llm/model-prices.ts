import type { ModelPricing } from "./reasoning-model";

/**
 * USD per million input/output tokens of models people commonly configure (list prices, late
 * 2026); LLM_PRICE_* overrides for anything else. Matched by prefix, longest first, so
 * "gpt-4o-mini-2024-07-18" gets gpt-4o-mini's price, not gpt-4o's.
 */
const prices: Record<string, ModelPricing> = {
  "gpt-4o-mini": { inputPerMTok: 0.15, outputPerMTok: 0.6 },
  "gpt-4o": { inputPerMTok: 2.5, outputPerMTok: 10 },
  "gpt-4.1-nano": { inputPerMTok: 0.1, outputPerMTok: 0.4 },
  "gpt-4.1-mini": { inputPerMTok: 0.4, outputPerMTok: 1.6 },
  "gpt-4.1": { inputPerMTok: 2, outputPerMTok: 8 },
  "gpt-5-nano": { inputPerMTok: 0.05, outputPerMTok: 0.4 },
  "gpt-5-mini": { inputPerMTok: 0.25, outputPerMTok: 2 },
  "gpt-5": { inputPerMTok: 1.25, outputPerMTok: 10 },
  "claude-3-5-haiku": { inputPerMTok: 0.8, outputPerMTok: 4 },
  "claude-haiku-4-5": { inputPerMTok: 1, outputPerMTok: 5 },
  "claude-sonnet-4": { inputPerMTok: 3, outputPerMTok: 15 },
  "claude-opus-4": { inputPerMTok: 15, outputPerMTok: 75 },
  "gemini-2.5-flash-lite": { inputPerMTok: 0.1, outputPerMTok: 0.4 },
  "gemini-2.5-flash": { inputPerMTok: 0.3, outputPerMTok: 2.5 },
  "gemini-2.5-pro": { inputPerMTok: 1.25, outputPerMTok: 10 },
};

const byLength = Object.keys(prices).sort((a, b) => b.length - a.length);

/** The price of `modelId` (an OpenRouter-style "vendor/model" is matched on its model part). */
export function priceOf(modelId: string, override?: Partial<ModelPricing>): ModelPricing {
  const name = modelId.toLowerCase().split("/").pop() ?? "";
  const known = byLength.find((prefix) => name.startsWith(prefix));
  const base = known ? prices[known]! : { inputPerMTok: 0, outputPerMTok: 0 };
  return { inputPerMTok: override?.inputPerMTok ?? base.inputPerMTok, outputPerMTok: override?.outputPerMTok ?? base.outputPerMTok };
}

export function costOf(pricing: ModelPricing, inputTokens: number, outputTokens: number): number {
  return (inputTokens * pricing.inputPerMTok + outputTokens * pricing.outputPerMTok) / 1_000_000;
}
