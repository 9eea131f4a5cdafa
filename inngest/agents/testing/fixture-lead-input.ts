import { demoContext } from "@/db/seed";
import type { WorkspaceLanguage } from "@/server/api/schemas/settings";
import type { AgentInput, AgentWorkspace, Fact } from "../agent";
import { buyingSignals } from "../buying-signals";
import { companyProfiler } from "../company-profiler";
import { contactExtractor } from "../contact-extractor";
import { loadFixturePages } from "../contacts/load-fixture-pages";
import { createEmailInfrastructure } from "../email-infrastructure";
import { defaultWorkspace } from "../reasoning/workspace-defaults";
import { techStackDetector } from "../tech-stack-detector";

/** The demo workspace (Acme, route optimisation) in the given language, for tests. */
export function demoWorkspace(language: WorkspaceLanguage = "en"): AgentWorkspace {
  return { ...defaultWorkspace, language, context: { ...demoContext, painPoints: [...demoContext.painPoints], competitors: [...demoContext.competitors], industryFocus: [...demoContext.industryFocus], geographicFocus: [...demoContext.geographicFocus] } };
}

// Demo companies have no mail servers: every name answers "no such domain".
const noSuchDomain = async () => {
  throw Object.assign(new Error("queryMx ENOTFOUND"), { code: "ENOTFOUND" });
};

/**
 * A fixture site's lead as the deterministic agents leave it (profile, contacts, email
 * infrastructure, tech stack, signals), ready for a later agent: tests run the real agents
 * rather than hand-write facts that could drift from what they produce.
 */
export async function fixtureLeadInput(domain: string, workspace: AgentWorkspace = demoWorkspace()): Promise<AgentInput> {
  const pages = loadFixturePages(domain);
  const input: AgentInput = {
    lead: { id: `lead-${domain}`, workspaceId: "workspace-test", domain, companyName: null },
    facts: [],
    pages,
    env: { allowPrivateNetworks: true, dns: { resolveMx: noSuchDomain, resolveTxt: noSuchDomain } },
    workspace,
  };
  const email = createEmailInfrastructure({ resolver: { resolveMx: noSuchDomain, resolveTxt: noSuchDomain } });
  for (const agent of [companyProfiler, contactExtractor, email, techStackDetector, buyingSignals]) {
    const output = await agent.run(input);
    input.facts.push(...output.facts.map((fact: Fact) => ({ ...fact, agent: agent.name })));
    if (output.lead?.companyName) input.lead.companyName = output.lead.companyName;
  }
  return input;
}
