import { describe, expect, it } from "vitest";
import { competitorMapper } from "./competitor-mapper";
import { painPointAnalyst } from "./pain-point-analyst";
import type { GroundedLine } from "./reasoning/cited-line";
import { citedKeys } from "./testing/cited-keys";
import { demoWorkspace, fixtureLeadInput } from "./testing/fixture-lead-input";
import { idOf } from "./testing/id-of";
import { itemsOf } from "./testing/items-of";
import { runInto } from "./testing/run-into";
import { runWithMockModel } from "./testing/run-with-mock-model";
import { valuePropositionWriter } from "./value-proposition-writer";

const citesLead = (line: GroundedLine) => line.cites.some((c) => !c.key.startsWith("offer."));

describe("value-proposition writer", () => {
  it("keeps lines tying our offer to a lead fact, drops offer-only, invented and uncited lines, and records tokens", async () => {
    const input = await fixtureLeadInput("verdantlogix.com");
    const { output, prompt, model } = await runWithMockModel(valuePropositionWriter, input, (p: string) => ({
      items: [
        { text: "Halving late deliveries matters more with the new St. Louis cross-dock", factIds: [idOf(p, "signal.expansion"), idOf(p, "offer.value_proposition")] },
        { text: "Acme Route is live in two weeks", factIds: [idOf(p, "offer.advantage")] },
        { text: "Their CFO wants 20% savings this year", factIds: ["F999"] },
        { text: "A generic promise", factIds: [] },
      ],
    }));

    expect(model.doGenerateCalls).toHaveLength(1);
    expect(prompt).toContain("[offer.value_proposition] Cut delivery costs 15-20%");
    expect(prompt).toContain("[signal.expansion] Opening our St. Louis cross-dock");
    const fact = output.facts[0]!;
    expect(fact).toMatchObject({ key: "value.proposition", method: "llm" });
    const lines = itemsOf(fact.value);
    expect(lines.map((l) => l.text)).toEqual(["Halving late deliveries matters more with the new St. Louis cross-dock"]);
    expect(citedKeys(lines[0]!)).toEqual(["signal.expansion", "offer.value_proposition"]);
    const stored = JSON.stringify(output.facts);
    for (const dropped of ["live in two weeks", "CFO", "generic promise"]) expect(stored).not.toContain(dropped);
    expect(output.message).toBe("1 value-proposition line for this prospect (3 uncited lines dropped)");
    expect(output.usage).toEqual({ model: "mock/mock-model", inputTokens: 120, outputTokens: 40, costUsd: (120 * 1 + 40 * 2) / 1e6 });
  });

  it("uses its fallback when every line the model wrote rests only on our own offer", async () => {
    const input = await fixtureLeadInput("verdantlogix.com");
    const { output } = await runWithMockModel(valuePropositionWriter, input, (p: string) => ({ items: [{ text: "We are the best routing tool", factIds: [idOf(p, "offer.product")] }] }));
    expect(output.facts[0]!.method).toBe("fallback");
    expect(JSON.stringify(output.facts)).not.toContain("the best routing tool");
    expect(output.message).toContain("the model cited no evidence");
  });

  it("without a model, ties our pain points, timing and edge over rivals to what was found, each line citing a lead fact", async () => {
    const input = await runInto(await fixtureLeadInput("verdantlogix.com"), painPointAnalyst, competitorMapper);
    const output = await valuePropositionWriter.run(input);
    const fact = output.facts[0]!;
    expect(fact.method).toBe("fallback");
    expect(fact.confidence).toBeLessThan(0.5);
    const lines = itemsOf(fact.value);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(citesLead(line)).toBe(true);
    expect(lines[0]!.text).toMatch(/^"late deliveries" is what we solve, and what we found points to it \(Verdant Logix runs regional freight.*\): Cut delivery costs 15-20%/);
    expect(citedKeys(lines[0]!)).toEqual(["offer.pain_point", "company.description", "pain.points", "offer.value_proposition"]);
    expect(lines[1]!.text).toContain("The timing fits their growth (Opening our St. Louis cross-dock (2026-09-15)");
    expect(lines[2]!.text).toBe("Against the options they may weigh (RouteMax, FleetWise): Live in two weeks, Portuguese and English support, priced per vehicle.");
    expect(citedKeys(lines[2]!)).toEqual(["competitor.map", "offer.advantage"]);
    expect(output.message).toBe("3 value-proposition lines for this prospect");
  });

  it("in Portuguese, leans on the pain-point analysis when our pain points and their site speak different languages", async () => {
    const input = await runInto(await fixtureLeadInput("rotaseriema-logistica.com.br", demoWorkspace("pt-BR")), painPointAnalyst);
    const output = await valuePropositionWriter.run(input);
    const lines = itemsOf(output.facts[0]!.value);
    expect(output.facts[0]!.method).toBe("fallback");
    expect(lines).toHaveLength(3);
    expect(lines[0]!.text).toMatch(/^"manual route planning" é o que resolvemos, /);
    expect(lines[1]!.text).toMatch(/^O momento combina com o crescimento deles /);
    expect(lines[2]!.text).toMatch(/^Nosso foco: Logistics and distribution companies/);
    expect(lines[0]!.text).toContain("a análise de dores aponta para isso");
    expect(lines[1]!.text).toContain("Rota Seriema inaugura centro de distribuição em Jundiaí");
    expect(lines[2]!.text).toContain("o que sabemos da Rota Seriema Logística");
    for (const line of lines) expect(citesLead(line)).toBe(true);
    expect(output.message).toBe("3 linhas de proposta de valor para este prospect");
  });
});
