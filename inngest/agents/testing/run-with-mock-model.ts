import type { Agent, AgentInput } from "../agent";
import { mockReasoningModel } from "./mock-reasoning-model";

/**
 * Runs `agent` on `input` with a mock model whose every call answers `answer` (or what it makes
 * of the prompt); gives back the output, the last prompt the model saw and the model, to count calls.
 */
export async function runWithMockModel(agent: Agent, input: AgentInput, answer: unknown | ((prompt: string) => unknown)) {
  let prompt = "";
  const { llm, model } = mockReasoningModel((p: string) => {
    prompt = p;
    return typeof answer === "function" ? (answer as (p: string) => unknown)(p) : answer;
  });
  const output = await agent.run({ ...input, env: { ...input.env, llm } });
  return { output, prompt, model };
}
