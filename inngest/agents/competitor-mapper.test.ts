import { describe, expect, it } from "vitest";
import type { AgentInput, AgentWorkspace } from "./agent";
import { competitorMapper, type CompetitorLine } from "./competitor-mapper";
import { citedKeys } from "./testing/cited-keys";
import { demoWorkspace, fixtureLeadInput } from "./testing/fixture-lead-input";
import { idOf } from "./testing/id-of";
import { itemsOf } from "./testing/items-of";
import { runWithMockModel } from "./testing/run-with-mock-model";

const items = (value: unknown) => itemsOf<CompetitorLine>(value);

// The web-research agent's output, written by hand: its shape is [{ name, domain, url, snippet }].
function withSimilarCompanies(input: AgentInput, companies: { name: string; domain: string; snippet: string }[]): AgentInput {
  const value = companies.map((c) => ({ ...c, url: `https://${c.domain}/` }));
  input.facts.push({ key: "research.similar_companies", value, agent: "web-research", method: "search", sourceUrl: value[0]!.url, confidence: 0.5 });
  return input;
}

const midwestRivals = [
  { name: "Harbor Lane Freight", domain: "harborlanefreight.com", snippet: "Regional LTL freight and cross-docking across the Midwest." },
  { name: "Prairie Crossdock Co", domain: "prairiecrossdock.com", snippet: "Cross-dock and last-mile delivery for grocery brands in Illinois." },
];

/** A CRM and marketing-automation seller whose named competitors are RD Station and HubSpot. */
function crmWorkspace(language: "en" | "pt-BR"): AgentWorkspace {
  const base = demoWorkspace(language);
  return {
    ...base,
    context: {
      ...base.context,
      businessDescription: "Funil builds a CRM with marketing automation for mid-sized B2B companies.",
      productService: "Funil CRM: pipeline, email campaigns and marketing automation in one tool.",
      valueProposition: "One tool for sales and marketing, half the price of the usual pair.",
      painPoints: ["leads lost between marketing and sales"],
      competitors: ["RD Station", "HubSpot"],
    },
  };
}

describe("competitor mapper", () => {
  it("keeps the model's cited lines whose names the evidence gives, drops invented names and uncited lines, and records tokens", async () => {
    const input = withSimilarCompanies(await fixtureLeadInput("verdantlogix.com"), midwestRivals);
    const { output, prompt, model } = await runWithMockModel(competitorMapper, input, (p: string) => ({
      items: [
        { name: "Harbor Lane Freight", relation: "their_competitor", text: "Harbor Lane runs the same Midwest cross-dock model", factIds: [idOf(p, "research.similar_companies")] },
        { name: "RouteMax", relation: "our_competitor", text: "RouteMax sells to regional fleets like theirs", factIds: [idOf(p, "offer.competitors"), idOf(p, "company.description")] },
        { name: "Ghost Freight Co", relation: "their_competitor", text: "Ghost Freight Co is undercutting them", factIds: [idOf(p, "research.similar_companies")] },
        { name: "FleetWise", relation: "our_competitor", text: "Their CFO is trialling FleetWise", factIds: ["F999"] },
        { name: "HubSpot", relation: "incumbent_tool", text: "An uncited remark", factIds: [] },
      ],
    }));

    expect(model.doGenerateCalls).toHaveLength(1);
    expect(prompt).toContain("[research.similar_companies] Harbor Lane Freight (harborlanefreight.com) · Prairie Crossdock Co (prairiecrossdock.com)");
    expect(prompt).toContain("Harbor Lane Freight (harborlanefreight.com)");
    expect(prompt).toContain("HubSpot (Marketing automation)");
    expect(prompt).toContain("[offer.competitors] RouteMax, FleetWise");
    const fact = output.facts[0]!;
    expect(fact).toMatchObject({ key: "competitor.map", method: "llm" });
    const lines = items(fact.value);
    expect(lines.map((l) => [l.name, l.relation, l.domain])).toEqual([
      ["Harbor Lane Freight", "their_competitor", "harborlanefreight.com"],
      ["RouteMax", "our_competitor", null],
    ]);
    expect(citedKeys(lines[0]!)).toEqual(["research.similar_companies"]);
    expect(citedKeys(lines[1]!)).toEqual(["offer.competitors", "company.description"]);
    const stored = JSON.stringify(output.facts);
    for (const invented of ["Ghost Freight", "CFO", "uncited remark"]) expect(stored).not.toContain(invented);
    expect(output.message).toBe("Competitive map: 1 of their competitors, 0 overlapping tools, 1 of ours to watch (3 uncited lines dropped)");
    expect(output.usage).toEqual({ model: "mock/mock-model", inputTokens: 120, outputTokens: 40, costUsd: (120 * 1 + 40 * 2) / 1e6 });
  });

  it("without a model, lists the researched rivals with their domains and our own competitors, each citing its fact", async () => {
    const input = withSimilarCompanies(await fixtureLeadInput("verdantlogix.com"), midwestRivals);
    const output = await competitorMapper.run(input);
    const fact = output.facts[0]!;
    expect(fact.method).toBe("fallback");
    expect(fact.confidence).toBeLessThan(0.5);
    const lines = items(fact.value);
    expect(lines.map((l) => [l.name, l.relation, l.domain])).toEqual([
      ["Harbor Lane Freight", "their_competitor", "harborlanefreight.com"],
      ["Prairie Crossdock Co", "their_competitor", "prairiecrossdock.com"],
      ["RouteMax", "our_competitor", null],
      ["FleetWise", "our_competitor", null],
    ]);
    expect(lines[0]!.text).toBe('Harbor Lane Freight (harborlanefreight.com): a similar company found by research, likely competing with Verdant Logix — "Regional LTL freight and cross-docking across the Midwest."');
    expect(lines[0]!.cites).toEqual([{ key: "research.similar_companies", agent: "web-research", sourceUrl: "https://harborlanefreight.com/" }]);
    // Analytics and HubSpot do not overlap with route optimisation, and neither is made by RouteMax or FleetWise.
    expect(lines[2]!.text).toBe("RouteMax is a competitor of ours: not seen in their site or stack, but they may be evaluating it");
    expect(citedKeys(lines[2]!)).toEqual(["offer.competitors", "tech.stack"]);
    expect(output.message).toBe("Competitive map: 2 of their competitors, 0 overlapping tools, 2 of ours to watch");
  });

  it("in Portuguese, flags a tool in their stack made by one of our competitors", async () => {
    const input = withSimilarCompanies(await fixtureLeadInput("rotaseriema-logistica.com.br", crmWorkspace("pt-BR")), [
      { name: "Transportes Anhanguera", domain: "transanhanguera.com.br", snippet: "Carga fracionada e armazenagem no interior de São Paulo." },
    ]);
    const output = await competitorMapper.run(input);
    const lines = items(output.facts[0]!.value);
    expect(output.facts[0]!.method).toBe("fallback");
    expect(lines.map((l) => [l.name, l.relation])).toEqual([
      ["Transportes Anhanguera", "their_competitor"],
      ["RD Station", "incumbent_tool"],
      ["HubSpot", "our_competitor"],
    ]);
    expect(lines[0]!.text).toContain("empresa semelhante encontrada na pesquisa, provável concorrente da Rota Seriema Logística");
    expect(lines[1]!.text).toBe("Já usam RD Station (Marketing automation), de um concorrente nosso: espere ser comparado a ele");
    expect(citedKeys(lines[1]!)).toEqual(["tech.stack", "offer.competitors"]);
    expect(lines[2]!.text).toBe("HubSpot é concorrente nosso: não aparece no site nem nas ferramentas deles, mas pode estar em avaliação");
    expect(output.message).toBe("Mapa competitivo: 1 concorrente deles, 1 ferramenta sobreposta, 1 dos nossos a observar");
  });

  it("flags a tool whose category overlaps with what we sell, and writes no rival lines when research found none", async () => {
    const workspace = crmWorkspace("en");
    const input = await fixtureLeadInput("verdantlogix.com", { ...workspace, context: { ...workspace.context, competitors: ["Pipedrive"] } });
    const output = await competitorMapper.run(input);
    const lines = items(output.facts[0]!.value);
    expect(lines.map((l) => [l.name, l.relation])).toEqual([
      ["HubSpot", "incumbent_tool"],
      ["Pipedrive", "our_competitor"],
    ]);
    expect(lines[0]!.text).toBe("They already use HubSpot (Marketing automation), which overlaps with what we sell");
    expect(citedKeys(lines[0]!)).toEqual(["tech.stack", "offer.product"]);
  });
});
