import { describe, expect, it } from "vitest";
import type { AgentInput } from "./agent";
import { objectionHandler, type ObjectionResponse } from "./objection-handler";
import { citedKeys } from "./testing/cited-keys";
import { demoWorkspace, fixtureLeadInput } from "./testing/fixture-lead-input";
import { idOf } from "./testing/id-of";
import { itemsOf } from "./testing/items-of";
import { runWithMockModel } from "./testing/run-with-mock-model";
import { withScore } from "./testing/with-score";

const responses = (value: unknown) => itemsOf<ObjectionResponse>(value);

/** A fit of 70 whose size criterion says how well the headcount met the ICP (`sizeMatch`), and the why-now. */
function withSizeFit(input: AgentInput, whyNow: string, sizeMatch = 1): AgentInput {
  const breakdown = [{ criterion: "company_size_fit", label: "Company size fit", weight: 15, match: sizeMatch, points: 15 * sizeMatch, evidence: "", factKeys: ["company.size"] }];
  return withScore(input, whyNow, { score: 70, breakdown });
}

describe("objection handler", () => {
  it("keeps the model's cited objections with their responses, drops invented and uncited ones, and records tokens", async () => {
    const input = withSizeFit(await fixtureLeadInput("verdantlogix.com"), "Opened the St. Louis cross-dock");
    const { output, prompt, model } = await runWithMockModel(objectionHandler, input, (p: string) => ({
      items: [
        { objection: "HubSpot already does this for us", response: "HubSpot runs marketing; we plan routes", factIds: [idOf(p, "tech.stack"), idOf(p, "offer.product")] },
        { objection: "We're too big for you", response: "Priced per vehicle, so it scales with the fleet", factIds: [idOf(p, "company.size"), idOf(p, "offer.advantage")] },
        { objection: "Our CFO froze all spending", response: "Wait for the next budget", factIds: ["F999"] },
        { objection: "We tried it in 2019", response: "Things changed", factIds: [] },
      ],
    }));

    expect(model.doGenerateCalls).toHaveLength(1);
    expect(prompt).toContain("[tech.stack] Google Analytics 4 (Analytics) · HubSpot (Marketing automation)");
    expect(prompt).toContain("[offer.advantage] Live in two weeks");
    const fact = output.facts[0]!;
    expect(fact).toMatchObject({ key: "objection.responses", method: "llm" });
    const items = responses(fact.value);
    expect(items.map((o) => [o.objection, o.response])).toEqual([
      ["HubSpot already does this for us", "HubSpot runs marketing; we plan routes"],
      ["We're too big for you", "Priced per vehicle, so it scales with the fleet"],
    ]);
    expect(citedKeys(items[1]!)).toEqual(["company.size", "offer.advantage"]);
    for (const invented of ["CFO", "2019"]) expect(JSON.stringify(output.facts)).not.toContain(invented);
    expect(output.message).toBe("2 likely objections with responses (2 uncited lines dropped)");
    expect(output.usage).toMatchObject({ model: "mock/mock-model", inputTokens: 120, outputTokens: 40 });
  });

  it("without a model, answers an incumbent competitor found in their stack first, then timing and budget, each citing facts", async () => {
    const input = withSizeFit(await fixtureLeadInput("verdantlogix.com"), "Opened the St. Louis cross-dock");
    const stack = input.facts.find((f) => f.key === "tech.stack")!;
    stack.value = [...(stack.value as object[]), { name: "RouteMax", category: "Logistics", confidence: 0.9, sourceUrl: "https://verdantlogix.com/" }];
    const output = await objectionHandler.run(input);
    const fact = output.facts[0]!;
    expect(fact.method).toBe("fallback");
    expect(fact.confidence).toBeLessThan(0.5);
    const items = responses(fact.value);
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.length).toBeLessThanOrEqual(4);
    expect(items[0]!.objection).toBe("We already use RouteMax");
    expect(items[0]!.response).toContain("Live in two weeks");
    expect(citedKeys(items[0]!)).toEqual(["tech.stack", "offer.competitors", "offer.advantage"]);
    const timing = items.find((o) => o.objection === "Now is not a good time")!;
    expect(timing.response).toContain("Opened the St. Louis cross-dock");
    expect(citedKeys(timing)).toContain("score.why_now");
    const budget = items.find((o) => o.objection === "We have no budget for this")!;
    expect(budget.response).toContain("Series B, USD 38M");
    expect(citedKeys(budget)).toContain("signal.funding");
    for (const item of items) expect(item.cites.some((c) => !c.key.startsWith("offer."))).toBe(true);
    expect(output.message).toBe(`${items.length} likely objections with responses`);
  });

  it("for a Brazilian lead larger than the ICP, raises its size in Portuguese, and claims no incumbent and no budget answer it has no fact for", async () => {
    const input = withSizeFit(await fixtureLeadInput("rotaseriema-logistica.com.br", demoWorkspace("pt-BR")), "Inaugurou um centro de distribuição em Jundiaí", 0.2);
    const output = await objectionHandler.run(input);
    const items = responses(output.facts[0]!.value);
    expect(items[0]!.objection).toBe("Somos 1450 funcionários; isso não foi feito para uma empresa como a nossa");
    expect(citedKeys(items[0]!)).toEqual(["company.size", "score.fit", "offer.advantage"]);
    expect(items.some((o) => o.objection.startsWith("Já usamos"))).toBe(false);
    expect(items.find((o) => o.objection === "Agora não é um bom momento")!.response).toMatch(/^Ligue ao momento atual: Inaugurou/);
    expect(items.some((o) => o.objection === "Não temos orçamento para isso")).toBe(false);
    for (const item of items) expect(item.cites.some((c) => !c.key.startsWith("offer."))).toBe(true);
    expect(output.message).toBe("3 objeções prováveis com respostas");
  });
});
