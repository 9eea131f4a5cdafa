import type { Agent, AgentInput } from "../agent";

/** Runs agents in order and stores their facts on the lead, as the pipeline does. */
export async function runInto(input: AgentInput, ...agents: Agent[]): Promise<AgentInput> {
  for (const agent of agents) input.facts.push(...(await agent.run(input)).facts.map((fact) => ({ ...fact, agent: agent.name })));
  return input;
}
