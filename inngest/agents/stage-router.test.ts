import { describe, expect, it } from "vitest";
import type { LeadTier } from "@/db/schema/lead-values";
import type { AgentInput } from "./agent";
import { createIcpFitScorer } from "./icp-fit-scorer";
import { stageForTier, stageRouter } from "./stage-router";
import { demoWorkspace, fixtureLeadInput } from "./testing/fixture-lead-input";

function scored(tier: LeadTier | null, score = 80, language: "en" | "pt-BR" = "en"): AgentInput {
  return {
    lead: { id: "lead-1", workspaceId: "ws-1", domain: "acme.com", companyName: "Acme" },
    facts: tier ? [{ agent: "icp-fit-scorer", key: "score.fit", value: { score, tier, threshold: 50, breakdown: [] }, method: "parsed", sourceUrl: null, confidence: 0.9 }] : [],
    pages: [],
    env: { allowPrivateNetworks: false },
    workspace: demoWorkspace(language),
  };
}

describe("stage router", () => {
  it("moves each tier to its stage", async () => {
    const cases: [LeadTier, number, string, string][] = [
      ["high", 82, "in_review", "High fit (82/100): moved to In Review"],
      ["medium", 61, "possibly_qualified", "Medium fit (61/100): moved to Possibly Qualified"],
      ["low", 30, "qualification", "Low fit (30/100): moved to Qualification"],
      ["not_qualified", 8, "disqualified", "Not a fit (8/100): moved to Disqualified"],
    ];
    for (const [tier, score, stage, message] of cases) {
      const output = await stageRouter.run(scored(tier, score));
      expect(output.lead).toEqual({ stage });
      expect(output.message).toBe(message);
      expect(output.facts).toEqual([{ key: "stage.route", value: { stage, tier, reason: message }, method: "parsed", sourceUrl: null, confidence: 0.9 }]);
    }
    expect(stageForTier).toEqual({ high: "in_review", medium: "possibly_qualified", low: "qualification", not_qualified: "disqualified" });
  });

  it("leaves a lead with no fit score in Prospecting and says why, and bands a score without a tier", async () => {
    const output = await stageRouter.run(scored(null));
    expect(output.lead).toEqual({ stage: "prospecting" });
    expect(output.message).toBe("No fit score yet: the lead stays in Prospecting until it is scored");
    expect(output.facts[0]?.value).toEqual({ stage: "prospecting", tier: null, reason: output.message });

    const noTier = scored("high");
    noTier.facts[0]!.value = { score: 62, tier: "excellent" };
    expect((await stageRouter.run(noTier)).lead).toEqual({ stage: "possibly_qualified" });
    noTier.facts[0]!.value = { tier: "excellent" };
    expect((await stageRouter.run(noTier)).lead).toEqual({ stage: "prospecting" });
  });

  it("speaks Portuguese in a pt-BR workspace", async () => {
    expect((await stageRouter.run(scored("high", 89, "pt-BR"))).message).toBe("Aderência alta (89/100): movido para Em Revisão");
    expect((await stageRouter.run(scored(null, 0, "pt-BR"))).message).toBe("Ainda sem pontuação de aderência: o lead fica em Prospecção até ser pontuado");
  });

  it("routes scored fixture leads: a US logistics company to In Review, a vet clinic to Disqualified", async () => {
    const scorer = createIcpFitScorer({ now: () => new Date("2026-11-27T12:00:00Z") });
    const routed = async (domain: string) => {
      const input = await fixtureLeadInput(domain);
      const scoredFacts = (await scorer.run(input)).facts.map((fact) => ({ ...fact, agent: scorer.name }));
      return stageRouter.run({ ...input, facts: [...input.facts, ...scoredFacts] });
    };
    expect((await routed("verdantlogix.com")).lead).toEqual({ stage: "in_review" });
    // A US manufacturer hiring (its /employment page): a high fit.
    expect((await routed("harborkiln-ceramics.com")).lead).toEqual({ stage: "in_review" });
    expect((await routed("mossbarrow-security.com")).lead).toEqual({ stage: "qualification" });
    expect((await routed("fernhollow-vetclinic.com")).lead).toEqual({ stage: "disqualified" });
  });
});
