import { describe, expect, it } from "vitest";
import type { GroundedLine } from "./reasoning/cited-line";
import { painPointAnalyst } from "./pain-point-analyst";
import { demoWorkspace, fixtureLeadInput } from "./testing/fixture-lead-input";
import { mockReasoningModel } from "./testing/mock-reasoning-model";

const items = (value: unknown) => (value as { items: GroundedLine[] }).items;

/** The evidence id the prompt gave to the fact with `key`, read back from the prompt the model saw. */
function idOf(prompt: string, key: string): string {
  const match = new RegExp(`(F\\d+) \\[${key.replace(".", "\\.")}\\]`).exec(prompt);
  if (!match) throw new Error(`no evidence line for ${key} in the prompt`);
  return match[1]!;
}

describe("pain-point analyst", () => {
  it("keeps the model's cited lines, drops a line citing an invented fact and one citing nothing, and records tokens", async () => {
    const input = await fixtureLeadInput("verdantlogix.com");
    let prompt = "";
    const { llm, model } = mockReasoningModel((p: string) => {
      prompt = p;
      return {
        items: [
          { text: "Routes planned by hand as volume grows", factIds: [idOf(p, "signal.hiring"), "O5"] },
          { text: "Their CFO said costs doubled last year", factIds: ["F999"] },
          { text: "They are unhappy with their current vendor", factIds: [] },
        ],
      };
    });
    const output = await painPointAnalyst.run({ ...input, env: { ...input.env, llm } });

    expect(model.doGenerateCalls).toHaveLength(1);
    expect(prompt).toContain("[signal.hiring]");
    expect(prompt).toContain("manual route planning");
    const fact = output.facts[0]!;
    expect(fact).toMatchObject({ key: "pain.points", method: "llm" });
    const lines = items(fact.value);
    expect(lines.map((l) => l.text)).toEqual(["Routes planned by hand as volume grows"]);
    expect(lines[0]!.cites.map((c) => c.key)).toEqual(["signal.hiring", "offer.pain_point"]);
    expect(JSON.stringify(output.facts)).not.toContain("CFO");
    expect(output.message).toBe("1 likely pain point (2 uncited lines dropped)");
    expect(output.usage).toEqual({ model: "mock/mock-model", inputTokens: 120, outputTokens: 40, costUsd: (120 * 1 + 40 * 2) / 1e6 });
  });

  it("falls back to its own lines, labelled fallback, when the model cites nothing at all", async () => {
    const input = await fixtureLeadInput("verdantlogix.com");
    const { llm } = mockReasoningModel({ items: [{ text: "Invented", factIds: ["X1"] }] });
    const output = await painPointAnalyst.run({ ...input, env: { ...input.env, llm } });
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
    const lines = items(fact.value);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.cites.some((c) => !c.key.startsWith("offer."))).toBe(true);
    expect(lines.some((l) => l.text.startsWith("Provavelmente enfrenta") || l.text.startsWith("A equipe está crescendo"))).toBe(true);
    expect(output.message).toMatch(/dor(es)? prováve(l|is)/);
  });
});
