import { describe, expect, it } from "vitest";
import { approachStrategistPropose, type ApproachProposal } from "./approach-strategist-propose";
import { citedKeys } from "./testing/cited-keys";
import { demoWorkspace, fixtureLeadInput } from "./testing/fixture-lead-input";
import { idOf } from "./testing/id-of";
import { itemsOf } from "./testing/items-of";
import { runWithMockModel } from "./testing/run-with-mock-model";
import { withScore } from "./testing/with-score";

const proposals = (value: unknown) => itemsOf<ApproachProposal>(value);
const WHY_NOW = "Opened a sixth hub, the St. Louis cross-dock, on 2026-09-15";

describe("approach strategist: propose", () => {
  it("keeps the model's cited proposals, drops one citing an invented fact, one citing nothing and a repeated name, and records tokens", async () => {
    const input = withScore(await fixtureLeadInput("verdantlogix.com"), WHY_NOW);
    const { output, prompt, model } = await runWithMockModel(approachStrategistPropose, input, (p: string) => ({
      items: [
        { name: "Email Dana about St. Louis", channel: "email", text: "Email Dana Okafor about the new St. Louis hub", factIds: [idOf(p, "contact.emails"), idOf(p, "score.why_now")] },
        { name: "Call the COO", channel: "phone", text: "Call the COO on his mobile", factIds: ["F999"] },
        { name: "Meet at ProMat", channel: "event", text: "Meet them at ProMat 2027", factIds: [] },
        { name: "email dana about st. louis", channel: "email", text: "A second email with the same name", factIds: [idOf(p, "contact.emails")] },
        { name: "LinkedIn to the team", channel: "linkedin", text: "Follow the company page", factIds: [idOf(p, "company.social")] },
      ],
    }));

    expect(model.doGenerateCalls).toHaveLength(1);
    expect(prompt).toContain("[score.why_now]");
    expect(prompt).toContain("dana.okafor@verdantlogix.com");
    const fact = output.facts[0]!;
    expect(fact).toMatchObject({ key: "approach.proposals", method: "llm" });
    const items = proposals(fact.value);
    expect(items.map((p) => [p.name, p.channel])).toEqual([["Email Dana about St. Louis", "email"], ["LinkedIn to the team", "linkedin"]]);
    expect(citedKeys(items[0]!)).toEqual(["contact.emails", "score.why_now"]);
    for (const invented of ["COO", "ProMat", "same name"]) expect(JSON.stringify(output.facts)).not.toContain(invented);
    expect(output.message).toBe("2 approach strategies proposed (3 uncited lines dropped)");
    expect(output.usage).toMatchObject({ model: "mock/mock-model", inputTokens: 120, outputTokens: 40 });
  });

  it("without a model, proposes email, LinkedIn and a call from the routes found, opening with the why-now", async () => {
    const input = withScore(await fixtureLeadInput("verdantlogix.com"), WHY_NOW);
    const output = await approachStrategistPropose.run(input);
    const fact = output.facts[0]!;
    expect(fact).toMatchObject({ method: "fallback" });
    expect(fact.confidence).toBeLessThan(0.5);
    const [email, linkedin, phone] = proposals(fact.value);
    expect([email, linkedin, phone].map((p) => p?.channel)).toEqual(["email", "linkedin", "phone"]);
    expect(email!.name).toBe("Email Dana Okafor");
    expect(email!.text).toContain("Dana Okafor (CEO & Founder) at dana.okafor@verdantlogix.com");
    expect(email!.text).toContain(WHY_NOW);
    expect(citedKeys(email!)).toEqual(expect.arrayContaining(["contact.emails", "contact.people", "score.why_now"]));
    expect(linkedin!.text).toContain("https://www.linkedin.com/company/verdantlogix");
    expect(phone!.text).toContain("+1 312 555 0147");
    expect(citedKeys(phone!)).toContain("contact.phones");
    expect(output.message).toBe("3 approach strategies proposed");
  });

  it("proposes no channel it found no way to use, and treats signals the scorer judged stale as no why-now", async () => {
    const input = withScore(await fixtureLeadInput("verdantlogix.com"), null);
    input.facts = input.facts.filter((f) => !["contact.phones", "contact.social", "company.social"].includes(f.key));
    const items = proposals((await approachStrategistPropose.run(input)).facts[0]!.value);
    expect(items.map((p) => p.channel)).toEqual(["email"]);
    expect(items[0]!.text).not.toContain("opening with");
    expect(citedKeys(items[0]!).some((k) => k.startsWith("signal."))).toBe(false);
  });

  it("writes in Portuguese for a pt-BR workspace, and never pairs the decision maker with someone else's address", async () => {
    const input = withScore(await fixtureLeadInput("rotaseriema-logistica.com.br", demoWorkspace("pt-BR")), "Inaugurou um centro de distribuição em Jundiaí (2026-07-14)");
    input.facts.push({ key: "persona.decision_maker", agent: "persona-builder", method: "fallback", sourceUrl: null, confidence: 0.4, value: { person: { name: "Patrícia Valadares", role: "Diretora de Operações" }, goals: [], concerns: [] } });
    const output = await approachStrategistPropose.run(input);
    const [email, , phone] = proposals(output.facts[0]!.value);
    expect(email!.name).toBe("E-mail para Patrícia Valadares");
    expect(email!.text).toMatch(/^Enviar e-mail para Patrícia Valadares \(Diretora de Operações\) pelo comercial@rotaseriema-logistica\.com\.br, começando por "Inaugurou/);
    expect(email!.text).not.toContain("marcelo.junqueira");
    expect(citedKeys(email!)).toContain("persona.decision_maker");
    expect(phone!.name).toBe("Ligar para a Rota Seriema Logística");
    expect(output.message).toBe("3 estratégias de abordagem propostas");
  });
});
