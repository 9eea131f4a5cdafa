import type { Agent } from "./agent";
import { approachStrategistEvaluate } from "./approach-strategist-evaluate";
import { approachStrategistPropose } from "./approach-strategist-propose";
import { approachStrategistSynthesise } from "./approach-strategist-synthesise";
import { buyingSignals } from "./buying-signals";
import { companyProfiler } from "./company-profiler";
import { competitorMapper } from "./competitor-mapper";
import { contactExtractor } from "./contact-extractor";
import { emailInfrastructure } from "./email-infrastructure";
import { icpFitScorer } from "./icp-fit-scorer";
import { intake } from "./intake";
import { internalBriefing } from "./internal-briefing";
import { objectionHandler } from "./objection-handler";
import { outreachWriter } from "./outreach-writer";
import { painPointAnalyst } from "./pain-point-analyst";
import { personaBuilder } from "./persona-builder";
import { siteCrawler } from "./site-crawler";
import { stageRouter } from "./stage-router";
import { strategicQuestions } from "./strategic-questions";
import { techStackDetector } from "./tech-stack-detector";
import { valuePropositionWriter } from "./value-proposition-writer";
import { webResearch } from "./web-research";

/** Run for every lead, in order; the last one scores fit, which chooses the rest of the plan. */
export const deterministicAgents: readonly Agent[] = [
  intake,
  siteCrawler,
  companyProfiler,
  contactExtractor,
  emailInfrastructure,
  techStackDetector,
  buyingSignals,
  webResearch,
  icpFitScorer,
];

/** Run only in the full plan (fit at or above the workspace's threshold, site readable), in order. */
export const reasoningAgents: readonly Agent[] = [
  painPointAnalyst,
  competitorMapper,
  personaBuilder,
  valuePropositionWriter,
  strategicQuestions,
  approachStrategistPropose,
  approachStrategistEvaluate,
  approachStrategistSynthesise,
  objectionHandler,
  outreachWriter,
  internalBriefing,
];

/** Run last in every plan: moves the lead to the stage its tier calls for. */
export const closingAgents: readonly Agent[] = [stageRouter];

/**
 * Every per-lead agent, in pipeline order (the query planner runs once per job, before them).
 * An agent's `name` is its step id: never rename one while runs may be in flight. Adding an
 * agent is its file plus one line here.
 */
export const agents: readonly Agent[] = [...deterministicAgents, ...reasoningAgents, ...closingAgents];

export function agentByName(name: string): Agent {
  const agent = agents.find((a) => a.name === name);
  if (!agent) throw new Error(`no agent named "${name}"`);
  return agent;
}
