import { describe, expect, it } from "vitest";
import type { AgentInput } from "./agent";
import { approachStrategistEvaluate, type ApproachEvaluation } from "./approach-strategist-evaluate";
import { approachStrategistPropose } from "./approach-strategist-propose";
import { approachStrategistSynthesise, type ApproachPlan } from "./approach-strategist-synthesise";
import { citedKeys } from "./testing/cited-keys";
import { demoWorkspace, fixtureLeadInput } from "./testing/fixture-lead-input";
import { idOf } from "./testing/id-of";
import { itemsOf } from "./testing/items-of";
import { runInto } from "./testing/run-into";
import { runWithMockModel } from "./testing/run-with-mock-model";
import { withScore } from "./testing/with-score";

const WHY_NOW = "Opened a sixth hub, the St. Louis cross-dock, on 2026-09-15";
const evaluated = (input: AgentInput) => itemsOf<ApproachEvaluation>(input.facts.find((f) => f.key === "approach.evaluation")!.value);

describe("approach strategist: synthesise", () => {
  it("plans the best-evaluated strategy from the model's cited steps, in day order, dropping uncited ones", async () => {
    const input = await runInto(withScore(await fixtureLeadInput("verdantlogix.com"), WHY_NOW), approachStrategistPropose, approachStrategistEvaluate);
    const { output, prompt, model } = await runWithMockModel(approachStrategistSynthesise, input, (p: string) => ({
      steps: [
        { day: 7, channel: "phone", text: "Call the main line and ask for Dana", factIds: [idOf(p, "contact.phones"), idOf(p, "contact.people")] },
        { day: 1, channel: "email", text: "Email Dana about the St. Louis hub", factIds: [idOf(p, "contact.emails"), idOf(p, "score.why_now")] },
        { day: 3, channel: "linkedin", text: "Mention her keynote at ProMat", factIds: ["F999"] },
        { day: 5, channel: "email", text: "Offer a 30% discount", factIds: [] },
      ],
    }));

    expect(model.doGenerateCalls).toHaveLength(1);
    expect(prompt).toContain("[approach.evaluation]");
    expect(prompt).toContain('The chosen strategy is \\"Email Dana Okafor\\" (email)');
    const fact = output.facts[0]!;
    expect(fact).toMatchObject({ key: "approach.plan", method: "llm" });
    const plan = fact.value as ApproachPlan;
    expect(plan).toMatchObject({ strategy: evaluated(input)[0]!.strategy, channel: "email" });
    expect(plan.steps.map((s) => [s.day, s.channel, s.text])).toEqual([[1, "email", "Email Dana about the St. Louis hub"], [7, "phone", "Call the main line and ask for Dana"]]);
    expect(citedKeys(plan.steps[0]!)).toEqual(["contact.emails", "score.why_now"]);
    for (const invented of ["ProMat", "discount"]) expect(JSON.stringify(output.facts)).not.toContain(invented);
    expect(output.message).toBe('Plan: "Email Dana Okafor" in 2 steps (2 uncited lines dropped)');
    expect(output.usage).toMatchObject({ model: "mock/mock-model", inputTokens: 120, outputTokens: 40 });
  });

  it("with nothing evaluated, calls no model and writes nothing", async () => {
    const input = await fixtureLeadInput("verdantlogix.com");
    const { output, model } = await runWithMockModel(approachStrategistSynthesise, input, { steps: [] });
    expect(model.doGenerateCalls).toHaveLength(0);
    expect(output).toEqual({ facts: [], message: "No evaluated strategy to plan from" });
  });

  it("without a model, chained after propose and evaluate, opens on day 1 with the why-now and follows up on the other channels found", async () => {
    const input = await runInto(withScore(await fixtureLeadInput("verdantlogix.com"), WHY_NOW), approachStrategistPropose, approachStrategistEvaluate);
    const output = await approachStrategistSynthesise.run(input);
    const fact = output.facts[0]!;
    expect(fact.method).toBe("fallback");
    expect(fact.confidence).toBeLessThan(0.5);
    const plan = fact.value as ApproachPlan;
    expect(plan).toMatchObject({ strategy: "Email Dana Okafor", channel: "email", score: evaluated(input)[0]!.score });
    const [first, ...rest] = plan.steps;
    expect(first).toMatchObject({ day: 1, channel: "email" });
    expect(first!.text).toContain(WHY_NOW);
    expect(citedKeys(first!)).toEqual(expect.arrayContaining(["score.why_now", "contact.emails"]));
    expect(plan.steps.length).toBeGreaterThanOrEqual(3);
    expect(plan.steps.length).toBeLessThanOrEqual(5);
    expect(plan.steps.map((s) => s.day)).toEqual([...plan.steps.map((s) => s.day)].sort((a, b) => a - b));
    expect(rest.map((s) => s.channel)).toEqual(expect.arrayContaining(["linkedin", "phone"]));
    expect(citedKeys(rest.find((s) => s.channel === "phone")!)).toContain("contact.phones");
    for (const step of plan.steps) expect(step.cites.some((c) => !c.key.startsWith("offer."))).toBe(true);
    expect(output.message).toBe(`Plan: "Email Dana Okafor" in ${plan.steps.length} steps`);
  });

  it("without a why-now, the first step cites no signal", async () => {
    const input = await runInto(withScore(await fixtureLeadInput("verdantlogix.com"), null), approachStrategistPropose, approachStrategistEvaluate);
    const plan = (await approachStrategistSynthesise.run(input)).facts[0]!.value as ApproachPlan;
    expect(citedKeys(plan.steps[0]!).some((k) => k.startsWith("signal.") || k === "score.why_now")).toBe(false);
    expect(plan.steps[0]!.text).not.toContain("opening with");
  });

  it("writes the plan in Portuguese for a pt-BR workspace", async () => {
    const whyNow = "Inaugurou um centro de distribuição em Jundiaí (2026-07-14)";
    const input = withScore(await fixtureLeadInput("rotaseriema-logistica.com.br", demoWorkspace("pt-BR")), whyNow);
    await runInto(input, approachStrategistPropose, approachStrategistEvaluate);
    const output = await approachStrategistSynthesise.run(input);
    const plan = output.facts[0]!.value as ApproachPlan;
    expect(plan.steps[0]!.text).toMatch(/^Enviar e-mail para Marcelo Junqueira \(CEO\) em marcelo\.junqueira@rotaseriema-logistica\.com\.br, começando por "Inaugurou/);
    expect(plan.steps.some((s) => s.text.startsWith("Ligar para +55 19 3251 4400"))).toBe(true);
    expect(output.message).toMatch(/^Plano: "E-mail para Marcelo Junqueira" em \d passos$/);
  });
});
