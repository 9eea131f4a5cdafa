import { describe, expect, it } from "vitest";
import { personaBuilder, type Persona } from "./persona-builder";
import { citedKeys } from "./testing/cited-keys";
import { demoWorkspace, fixtureLeadInput } from "./testing/fixture-lead-input";
import { idOf } from "./testing/id-of";
import { runWithMockModel } from "./testing/run-with-mock-model";

const persona = (value: unknown) => value as Persona;

describe("persona builder", () => {
  it("drops a person's name the evidence does not give, keeping the role to look for, and drops uncited lines", async () => {
    const input = await fixtureLeadInput("verdantlogix.com");
    const { output, prompt, model } = await runWithMockModel(personaBuilder, input, (p: string) => ({
      person: { name: "John Carter", role: "VP of Logistics", factIds: [idOf(p, "contact.people")] },
      goals: [
        { text: "Open the St. Louis cross-dock without service dips", factIds: [idOf(p, "signal.expansion"), idOf(p, "offer.pain_point")] },
        { text: "Hit the board's 30% margin target", factIds: ["F999"] },
      ],
      concerns: [{ text: "Drivers quitting over new tools", factIds: [] }],
    }));

    expect(model.doGenerateCalls).toHaveLength(1);
    expect(prompt).toContain("[contact.people] Dana Okafor, CEO & Founder · Mitchell Reyes-Baptiste, Chief Operating Officer");
    const fact = output.facts[0]!;
    expect(fact).toMatchObject({ key: "persona.decision_maker", method: "llm" });
    const value = persona(fact.value);
    expect(value.person).toEqual({ name: null, role: "VP of Logistics", cites: [{ key: "contact.people", agent: "contact-extractor", sourceUrl: "https://verdantlogix.com/team" }] });
    expect(value.items.map((l) => [l.kind, l.text])).toEqual([
      ["person", "Role to look for (no named person found): VP of Logistics"],
      ["goal", "Open the St. Louis cross-dock without service dips"],
    ]);
    expect(citedKeys(value.items[1]!)).toEqual(["signal.expansion", "offer.pain_point"]);
    const stored = JSON.stringify(output.facts);
    for (const invented of ["John Carter", "30% margin", "Drivers quitting"]) expect(stored).not.toContain(invented);
    expect(output.message).toBe("No named decision maker; look for: VP of Logistics (3 uncited lines dropped)");
    expect(output.usage).toEqual({ model: "mock/mock-model", inputTokens: 120, outputTokens: 40, costUsd: (120 * 1 + 40 * 2) / 1e6 });
  });

  it("keeps a name found on the team page and cites it, but not one that only another model wrote", async () => {
    const input = await fixtureLeadInput("verdantlogix.com");
    input.facts.push({ key: "pain.points", value: { items: [{ text: "Jane Roe, their planner, is overloaded", cites: [] }] }, agent: "pain-point-analyst", method: "llm", sourceUrl: null, confidence: 0.7 });
    const answer = (name: string) => (p: string) => ({ person: { name, role: "Chief Operating Officer", factIds: [idOf(p, "offer.business")] }, goals: [], concerns: [] });

    const { output: found } = await runWithMockModel(personaBuilder, input, answer("Mitchell Reyes-Baptiste"));
    expect(persona(found.facts[0]!.value).person).toMatchObject({ name: "Mitchell Reyes-Baptiste", role: "Chief Operating Officer" });
    expect(citedKeys(persona(found.facts[0]!.value).person!)).toEqual(["contact.people", "offer.business"]);
    expect(found.message).toBe("Approach Mitchell Reyes-Baptiste (Chief Operating Officer)");

    const { output: written } = await runWithMockModel(personaBuilder, input, answer("Jane Roe"));
    expect(persona(written.facts[0]!.value).person).toMatchObject({ name: null, role: "Chief Operating Officer" });
    expect(JSON.stringify(written.facts)).not.toContain("Jane Roe");
  });

  it("without a model, picks the operations chief from the team page, with cited goals and concerns", async () => {
    const input = await fixtureLeadInput("verdantlogix.com");
    const output = await personaBuilder.run(input);
    const fact = output.facts[0]!;
    expect(fact.method).toBe("fallback");
    expect(fact.confidence).toBeLessThan(0.5);
    const value = persona(fact.value);
    // Not the CEO, nor the VP of Sales: the COO runs the hubs and the fleet our routing product serves.
    expect(value.person).toEqual({ name: "Mitchell Reyes-Baptiste", role: "Chief Operating Officer", cites: [{ key: "contact.people", agent: "contact-extractor", sourceUrl: "https://verdantlogix.com/team" }] });
    expect(value.items[0]!.text).toBe("Decision maker: Mitchell Reyes-Baptiste, Chief Operating Officer");
    const rest = value.items.slice(1);
    expect(rest.length).toBeGreaterThanOrEqual(2);
    expect(rest.length).toBeLessThanOrEqual(3);
    expect(rest.some((l) => l.kind === "goal" && l.text.includes("Opening our St. Louis cross-dock"))).toBe(true);
    expect(rest.some((l) => l.kind === "concern" && l.text.startsWith("Likely concern:"))).toBe(true);
    for (const line of value.items) expect(line.cites.some((c) => !c.key.startsWith("offer."))).toBe(true);
    expect(output.message).toBe("Approach Mitchell Reyes-Baptiste (Chief Operating Officer)");
  });

  it("in Portuguese, picks the operations director of a Brazilian carrier", async () => {
    const input = await fixtureLeadInput("rotaseriema-logistica.com.br", demoWorkspace("pt-BR"));
    const output = await personaBuilder.run(input);
    const value = persona(output.facts[0]!.value);
    expect(output.facts[0]!.method).toBe("fallback");
    expect(value.person).toMatchObject({ name: "Patrícia Valadares", role: "Diretora de Operações" });
    expect(value.items[0]!.text).toBe("Decisor(a): Patrícia Valadares, Diretora de Operações");
    expect(value.items.slice(1).map((l) => l.text.split(":")[0])).toEqual(["Objetivo provável", "Como Diretora de Operações, provavelmente é cobrado(a) pelo que prometemos", "Preocupação provável"]);
    for (const line of value.items) expect(line.cites.length).toBeGreaterThan(0);
    expect(output.message).toBe("Abordar Patrícia Valadares (Diretora de Operações)");
  });

  it("names the CEO when no leader of the function we sell to is listed, and says so", async () => {
    const input = await fixtureLeadInput("tuiuiu-erp.com.br", demoWorkspace("pt-BR"));
    const value = persona((await personaBuilder.run(input)).facts[0]!.value);
    expect(value.person).toMatchObject({ name: "Mariana Gouveia", role: "CEO e cofundadora" });
    expect(value.items[0]!.text).toBe("Decisor(a): Mariana Gouveia, CEO e cofundadora (nenhum(a) líder de operações aparece no site)");
  });

  it("with no one named on the site, gives the role to look for from our offer and no name at all", async () => {
    const input = await fixtureLeadInput("metalurgicaitaperu.ind.br", demoWorkspace("pt-BR"));
    const output = await personaBuilder.run(input);
    const value = persona(output.facts[0]!.value);
    expect(value.person).toMatchObject({ name: null, role: "Diretor(a) de Operações ou Logística" });
    expect(citedKeys(value.person!)).toEqual(["offer.product", "offer.business"]);
    expect(value.items[0]!.text).toBe("Cargo a procurar (nenhuma pessoa identificada): Diretor(a) de Operações ou Logística");
    expect(output.message).toBe("Nenhum decisor nomeado; procurar: Diretor(a) de Operações ou Logística");
  });
});
