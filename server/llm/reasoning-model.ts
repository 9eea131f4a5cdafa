import type { LanguageModel } from "ai";

export type ModelPricing = { inputPerMTok: number; outputPerMTok: number };

/** The model reasoning agents call, with what we need to bill and pace it. */
export type ReasoningModel = {
  /** "provider/model", as recorded on agent runs and shown to staff. */
  id: string;
  model: LanguageModel;
  /** USD per million tokens; zero when the price is unknown (tokens are still counted). */
  pricing: ModelPricing;
  /** Retries of one call inside a step, waiting for `retry-after` on 429s. */
  maxRetries: number;
  /** Calls one workspace may have in flight at once in this process. */
  concurrencyPerWorkspace: number;
};
