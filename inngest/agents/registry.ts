import type { Agent } from "./agent";
import { buyingSignals } from "./buying-signals";
import { companyProfiler } from "./company-profiler";
import { contactExtractor } from "./contact-extractor";
import { emailInfrastructure } from "./email-infrastructure";
import { intake } from "./intake";
import { siteCrawler } from "./site-crawler";
import { techStackDetector } from "./tech-stack-detector";

/**
 * Every per-lead agent, in pipeline order. An agent's `name` is its step id: never rename one
 * while runs may be in flight. Adding an agent is its file plus one line here.
 */
export const agents: readonly Agent[] = [intake, siteCrawler, companyProfiler, contactExtractor, emailInfrastructure, techStackDetector, buyingSignals];

export function agentByName(name: string): Agent {
  const agent = agents.find((a) => a.name === name);
  if (!agent) throw new Error(`no agent named "${name}"`);
  return agent;
}
