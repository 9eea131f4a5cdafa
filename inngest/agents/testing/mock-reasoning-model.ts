import { MockLanguageModelV3 } from "ai/test";
import type { ReasoningModel } from "@/server/llm/reasoning-model";

/** A reasoning model whose every call answers `answer` (as JSON text), counting tokens like a real one. */
export function mockReasoningModel(answer: unknown | ((prompt: string) => unknown), usage = { input: 120, output: 40 }) {
  const model = new MockLanguageModelV3({
    modelId: "mock-model",
    doGenerate: async (options) => {
      const prompt = JSON.stringify(options.prompt);
      const value = typeof answer === "function" ? (answer as (p: string) => unknown)(prompt) : answer;
      return {
        content: [{ type: "text", text: JSON.stringify(value) }],
        finishReason: { unified: "stop", raw: "stop" },
        usage: {
          inputTokens: { total: usage.input, noCache: usage.input, cacheRead: undefined, cacheWrite: undefined },
          outputTokens: { total: usage.output, text: usage.output, reasoning: undefined },
        },
        warnings: [],
      };
    },
  });
  const llm: ReasoningModel = { id: "mock/mock-model", model, pricing: { inputPerMTok: 1, outputPerMTok: 2 }, maxRetries: 0, concurrencyPerWorkspace: 2 };
  return { llm, model };
}
