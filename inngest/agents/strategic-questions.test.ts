import { describe, expect, it } from "vitest";
import type { AgentInput } from "./agent";
import { competitorMapper } from "./competitor-mapper";
import { painPointAnalyst } from "./pain-point-analyst";
import { personaBuilder } from "./persona-builder";
import { strategicQuestions } from "./strategic-questions";
import { citedKeys } from "./testing/cited-keys";
import { demoWorkspace, fixtureLeadInput } from "./testing/fixture-lead-input";
import { idOf } from "./testing/id-of";
import { itemsOf } from "./testing/items-of";
import { runInto } from "./testing/run-into";
import { runWithMockModel } from "./testing/run-with-mock-model";
import { valuePropositionWriter } from "./value-proposition-writer";

/** The reasoning agents before this one, in pipeline order (their fallbacks), as the lead would reach it. */
const afterEarlierAgents = (input: AgentInput) => runInto(input, painPointAnalyst, competitorMapper, personaBuilder, valuePropositionWriter);

describe("strategic questions", () => {
  it("keeps questions grounded in a lead fact, drops offer-only, invented and uncited ones, and records tokens", async () => {
    const input = await fixtureLeadInput("verdantlogix.com");
    const { output, prompt, model } = await runWithMockModel(strategicQuestions, input, (p: string) => ({
      items: [
        { text: "How will the St. Louis cross-dock change your daily routes?", factIds: [idOf(p, "signal.expansion")] },
        { text: "Who will choose the tools your new Fleet Operations Manager uses?", factIds: [idOf(p, "signal.hiring"), idOf(p, "contact.people")] },
        { text: "Why did you drop your last routing vendor?", factIds: ["F999"] },
        { text: "Would you like to cut delivery costs by 20%?", factIds: [idOf(p, "offer.value_proposition")] },
        { text: "What keeps you up at night?", factIds: [] },
      ],
    }));

    expect(model.doGenerateCalls).toHaveLength(1);
    expect(prompt).toContain("[signal.hiring] 3 open: Fleet Operations Manager");
    const fact = output.facts[0]!;
    expect(fact).toMatchObject({ key: "question.strategic", method: "llm" });
    const lines = itemsOf(fact.value);
    expect(lines.map((l) => l.text)).toEqual(["How will the St. Louis cross-dock change your daily routes?", "Who will choose the tools your new Fleet Operations Manager uses?"]);
    expect(citedKeys(lines[1]!)).toEqual(["signal.hiring", "contact.people"]);
    const stored = JSON.stringify(output.facts);
    for (const dropped of ["routing vendor", "cut delivery costs", "up at night"]) expect(stored).not.toContain(dropped);
    expect(output.message).toBe("2 discovery questions for the first call (3 uncited lines dropped)");
    expect(output.usage).toEqual({ model: "mock/mock-model", inputTokens: 120, outputTokens: 40, costUsd: (120 * 1 + 40 * 2) / 1e6 });
  });

  it("without a model, asks about their pain, expansion, hiring, the decision and the options they weigh", async () => {
    const input = await afterEarlierAgents(await fixtureLeadInput("verdantlogix.com"));
    const output = await strategicQuestions.run(input);
    const fact = output.facts[0]!;
    expect(fact.method).toBe("fallback");
    expect(fact.confidence).toBeLessThan(0.5);
    const lines = itemsOf(fact.value);
    expect(lines.map((l) => l.cites.find((c) => !c.key.startsWith("offer."))?.key)).toEqual(["company.description", "signal.expansion", "signal.hiring", "persona.decision_maker", "competitor.map"]);
    for (const line of lines) expect(line.text.endsWith("?")).toBe(true);
    expect(lines[0]!.text).toBe('How is "late deliveries" handled at Verdant Logix today, and what does it cost you?');
    expect(lines[1]!.text).toBe('What has to be in place for "Opening our St. Louis cross-dock" to work, and who owns it?');
    expect(lines[3]!.text).toBe("Besides Mitchell Reyes-Baptiste, who else would weigh in on choosing a solution like this?");
    expect(lines[4]!.text).toContain("such as RouteMax, FleetWise?");
    expect(output.message).toBe("5 discovery questions for the first call");
  });

  it("in Portuguese, asks the Brazilian carrier about its new distribution centre and who decides besides its operations director", async () => {
    const input = await afterEarlierAgents(await fixtureLeadInput("rotaseriema-logistica.com.br", demoWorkspace("pt-BR")));
    const output = await strategicQuestions.run(input);
    const lines = itemsOf(output.facts[0]!.value);
    expect(output.facts[0]!.method).toBe("fallback");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThanOrEqual(5);
    for (const line of lines) expect(line.cites.some((c) => !c.key.startsWith("offer."))).toBe(true);
    const texts = lines.map((l) => l.text);
    expect(texts).toContain('O que precisa estar pronto para "Rota Seriema inaugura centro de distribuição em Jundiaí" dar certo, e quem é o responsável?');
    expect(texts).toContain("Além de Patrícia Valadares, quem mais participaria da escolha de uma solução como esta?");
    expect(texts[0]).toBe('Como a Rota Seriema Logística lida hoje com "manual route planning", e quanto isso custa?');
    expect(output.message).toBe("5 perguntas de descoberta para a primeira conversa");
  });
});
