import { describe, expect, it } from "vitest";
import type { AgentInput } from "./agent";
import { approachStrategistEvaluate, type ApproachEvaluation } from "./approach-strategist-evaluate";
import { approachStrategistPropose } from "./approach-strategist-propose";
import { citedKeys } from "./testing/cited-keys";
import { demoWorkspace, fixtureLeadInput } from "./testing/fixture-lead-input";
import { idOf } from "./testing/id-of";
import { itemsOf } from "./testing/items-of";
import { runInto } from "./testing/run-into";
import { runWithMockModel } from "./testing/run-with-mock-model";
import { withScore } from "./testing/with-score";

const evaluations = (value: unknown) => itemsOf<ApproachEvaluation>(value);

function withProposals(input: AgentInput, items: { name: string; channel: string }[]): AgentInput {
  const cites = [{ key: "contact.people", agent: "contact-extractor", sourceUrl: null }];
  input.facts.push({ key: "approach.proposals", agent: "approach-strategist-propose", method: "llm", sourceUrl: null, confidence: 0.7, value: { items: items.map((p) => ({ ...p, text: `${p.name}, as proposed`, cites })) } });
  return input;
}

describe("approach strategist: evaluate", () => {
  it("shows the model the proposals, keeps cited scores of proposed strategies best first, and drops the rest", async () => {
    const input = await runInto(withScore(await fixtureLeadInput("verdantlogix.com"), "Opened the St. Louis cross-dock"), approachStrategistPropose);
    const { output, prompt, model } = await runWithMockModel(approachStrategistEvaluate, input, (p: string) => ({
      items: [
        { strategy: "Email Dana Okafor", score: 8, text: "Her own address and a fresh trigger", factIds: [idOf(p, "contact.emails"), idOf(p, "score.why_now")] },
        { strategy: "call verdant logix ", score: 12, text: "Two numbers on the contact page", factIds: [idOf(p, "contact.phones")] },
        { strategy: "Fax the warehouse", score: 9, text: "Faxes get read", factIds: [idOf(p, "contact.phones")] },
        { strategy: "LinkedIn: Dana Okafor", score: 7, text: "The CFO loves LinkedIn", factIds: ["F999"] },
      ],
    }));

    expect(model.doGenerateCalls).toHaveLength(1);
    expect(prompt).toContain("[approach.proposals]");
    expect(prompt).toContain('\\"Email Dana Okafor\\" (email): Email Dana Okafor (CEO & Founder) at dana.okafor@verdantlogix.com');
    const fact = output.facts[0]!;
    expect(fact).toMatchObject({ key: "approach.evaluation", method: "llm" });
    const items = evaluations(fact.value);
    expect(items.map((e) => [e.strategy, e.channel, e.score, e.reason])).toEqual([["Call Verdant Logix", "phone", 10, "Two numbers on the contact page"], ["Email Dana Okafor", "email", 8, "Her own address and a fresh trigger"]]);
    expect(citedKeys(items[1]!)).toEqual(["contact.emails", "score.why_now"]);
    for (const invented of ["Fax", "CFO"]) expect(JSON.stringify(output.facts)).not.toContain(invented);
    expect(output.message).toBe('2 strategies scored; best: "Call Verdant Logix" (10/10) (2 uncited lines dropped)');
    expect(output.usage).toMatchObject({ model: "mock/mock-model", inputTokens: 120, outputTokens: 40 });
  });

  it("with no proposals stored, calls no model and writes nothing", async () => {
    const input = await fixtureLeadInput("verdantlogix.com");
    const { output, model } = await runWithMockModel(approachStrategistEvaluate, input, { items: [] });
    expect(model.doGenerateCalls).toHaveLength(0);
    expect(output).toEqual({ facts: [], message: "No approach proposals to evaluate" });
  });

  it("without a model, ranks email above phone when there is an address but no phone number, saying why", async () => {
    const input = withScore(await fixtureLeadInput("verdantlogix.com"), "Opened the St. Louis cross-dock");
    input.facts = input.facts.filter((f) => f.key !== "contact.phones");
    withProposals(input, [{ name: "Call the front desk", channel: "phone" }, { name: "Email Dana Okafor", channel: "email" }]);
    const fact = (await approachStrategistEvaluate.run(input)).facts[0]!;
    expect(fact.method).toBe("fallback");
    expect(fact.confidence).toBeLessThan(0.5);
    const [email, phone] = evaluations(fact.value);
    expect(email).toMatchObject({ strategy: "Email Dana Okafor", channel: "email" });
    expect(phone).toMatchObject({ strategy: "Call the front desk", channel: "phone" });
    expect(email!.score).toBeGreaterThan(phone!.score);
    expect(email!.reason).toContain("Personal address dana.okafor@verdantlogix.com");
    expect(citedKeys(email!)).toEqual(expect.arrayContaining(["contact.emails", "contact.people", "score.why_now"]));
    expect(phone!.reason).toMatch(/^No phone number found; /);
    for (const line of [email!, phone!]) expect(line.cites.some((c) => !c.key.startsWith("offer."))).toBe(true);
  });

  it("scores a strategy higher when the scorer found a why-now, and says so", async () => {
    const scoreEmail = async (whyNow: string | null) => {
      const input = withProposals(withScore(await fixtureLeadInput("verdantlogix.com"), whyNow), [{ name: "Email Dana Okafor", channel: "email" }]);
      return evaluations((await approachStrategistEvaluate.run(input)).facts[0]!.value)[0]!;
    };
    const [timely, stale] = [await scoreEmail("Opened the St. Louis cross-dock"), await scoreEmail(null)];
    expect(timely.score).toBeGreaterThan(stale.score);
    expect(timely.reason).toContain("timely: Opened the St. Louis cross-dock");
    expect(citedKeys(timely)).toContain("score.why_now");
    expect(stale.reason).toContain("no recent trigger");
  });

  it("chained after the proposals on a Brazilian lead, writes its reasons in Portuguese", async () => {
    const input = withScore(await fixtureLeadInput("rotaseriema-logistica.com.br", demoWorkspace("pt-BR")), "Inaugurou um centro de distribuição em Jundiaí (2026-07-14)");
    await runInto(input, approachStrategistPropose);
    const output = await approachStrategistEvaluate.run(input);
    const items = evaluations(output.facts[0]!.value);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({ strategy: "E-mail para Marcelo Junqueira", channel: "email" });
    expect(items[0]!.reason).toContain("Endereço pessoal marcelo.junqueira@rotaseriema-logistica.com.br");
    expect(items[0]!.reason).toContain("momento oportuno: Inaugurou");
    expect(output.message).toMatch(/^3 estratégias avaliadas; melhor: "E-mail para Marcelo Junqueira" \(\d+\/10\)$/);
  });
});
