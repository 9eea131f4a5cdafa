import type { Agent } from "./agent";
import { companyProfiler } from "./company-profiler";
import { intake } from "./intake";
import { siteCrawler } from "./site-crawler";

/**
 * Every per-lead agent, in pipeline order. An agent's `name` is its step id: never rename one
 * while runs may be in flight. Adding an agent is its file plus one line here.
 */
export const agents: readonly Agent[] = [intake, siteCrawler, companyProfiler];

export function agentByName(name: string): Agent {
  const agent = agents.find((a) => a.name === name);
  if (!agent) throw new Error(`no agent named "${name}"`);
  return agent;
}
