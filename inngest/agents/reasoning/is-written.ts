import type { AgentInput } from "../agent";

/** Whether `agent` wrote (by model or fallback) any of the lead's facts: its words are another agent's reading, not something found. */
export function isWritten(agent: string, input: AgentInput): boolean {
  return input.facts.some((fact) => fact.agent === agent && (fact.method === "llm" || fact.method === "fallback"));
}
