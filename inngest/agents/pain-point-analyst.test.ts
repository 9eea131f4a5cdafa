import { describe, expect, it } from "vitest";
import { painPointAnalyst } from "./pain-point-analyst";
import { citedKeys } from "./testing/cited-keys";
import { demoWorkspace, fixtureLeadInput } from "./testing/fixture-lead-input";
import { idOf } from "./testing/id-of";
import { itemsOf } from "./testing/items-of";
import { runWithMockModel } from "./testing/run-with-mock-model";

describe("pain-point analyst", () => {
  it("keeps the model's cited lines, drops a line citing an invented fact and one citing nothing, and records tokens", async () => {
    const input = await fixtureLeadInput("verdantlogix.com");
    const { output, prompt, model } = await runWithMockModel(painPointAnalyst, input, (p: string) => ({
      items: [
        { text: "Routes planned by hand as volume grows", factIds: [idOf(p, "signal.hiring"), "O5"] },
        { text: "Their CFO said costs doubled last year", factIds: ["F999"] },
        { text: "They are unhappy with their current vendor", factIds: [] },
      ],
    }));

    expect(model.doGenerateCalls).toHaveLength(1);
    expect(prompt).toContain("[signal.hiring]");
    expect(prompt).toContain("manual route planning");
    const fact = output.facts[0]!;
    expect(fact).toMatchObject({ key: "pain.points", method: "llm" });
    const lines = itemsOf(fact.value);
    expect(lines.map((l) => l.text)).toEqual(["Routes planned by hand as volume grows"]);
    expect(citedKeys(lines[0]!)).toEqual(["signal.hiring", "offer.pain_point"]);
    expect(JSON.stringify(output.facts)).not.toContain("CFO");
    expect(output.message).toBe("1 likely pain point (2 uncited lines dropped)");
    expect(output.usage).toEqual({ model: "mock/mock-model", inputTokens: 120, outputTokens: 40, costUsd: (120 * 1 + 40 * 2) / 1e6 });
  });

  it("falls back to its own lines, labelled fallback, when the model cites nothing at all", async () => {
    const input = await fixtureLeadInput("verdantlogix.com");
    const { output } = await runWithMockModel(painPointAnalyst, input, { items: [{ text: "Invented", factIds: ["X1"] }] });
    expect(output.facts[0]!.method).toBe("fallback");
    expect(output.message).toContain("the model cited no evidence");
    expect(JSON.stringify(output.facts)).not.toContain("Invented");
  });

  it("without a model, writes fallback lines from the facts found, each citing them, in the workspace language", async () => {
    const input = await fixtureLeadInput("verdantlogix.com", demoWorkspace("pt-BR"));
    const output = await painPointAnalyst.run(input);
    const fact = output.facts[0]!;
    expect(fact.method).toBe("fallback");
    expect(fact.confidence).toBeLessThan(0.5);
    const lines = itemsOf(fact.value);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.cites.some((c) => !c.key.startsWith("offer."))).toBe(true);
    expect(lines.some((l) => l.text.startsWith("Provavelmente enfrenta") || l.text.startsWith("A equipe está crescendo"))).toBe(true);
    expect(output.message).toMatch(/dor(es)? prováve(l|is)/);
  });
});
