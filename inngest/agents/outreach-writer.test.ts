import { describe, expect, it } from "vitest";
import { icpFitScorer } from "./icp-fit-scorer";
import { type OutreachEmail, outreachWriter } from "./outreach-writer";
import { painPointAnalyst } from "./pain-point-analyst";
import { personaBuilder } from "./persona-builder";
import { demoWorkspace, fixtureLeadInput } from "./testing/fixture-lead-input";
import { idOf } from "./testing/id-of";
import { runInto } from "./testing/run-into";
import { runWithMockModel } from "./testing/run-with-mock-model";

/** The lead as the pipeline has it by the time the outreach writer runs (no model). */
async function leadBeforeOutreach(domain: string, language: "en" | "pt-BR" = "en") {
  return runInto(await fixtureLeadInput(domain, demoWorkspace(language)), icpFitScorer, painPointAnalyst, personaBuilder);
}

describe("outreach writer", () => {
  it("keeps only lines that cite known facts: an invented fact never reaches the email", async () => {
    const input = await leadBeforeOutreach("rotaseriema-logistica.com.br");
    const { output } = await runWithMockModel(outreachWriter, input, (prompt: string) => ({
      subject: { text: "Your new Jundiaí distribution centre", factIds: [idOf(prompt, "signal.expansion")] },
      lines: [
        { text: "Congratulations on opening the Jundiaí distribution centre.", factIds: [idOf(prompt, "signal.expansion")] },
        { text: "I read you just lost your biggest client to a rival.", factIds: ["F999"] },
        { text: "Your CFO told us fuel is 40% of your costs.", factIds: [] },
        { text: "Acme Route plans routes in minutes.", factIds: ["O2"] },
      ],
    }));
    const fact = output.facts[0]!;
    expect(fact).toMatchObject({ key: "outreach.email", method: "llm" });
    const email = fact.value as OutreachEmail;
    expect(email.subject).toBe("Your new Jundiaí distribution centre");
    expect(email.body).toContain("Congratulations on opening the Jundiaí distribution centre.");
    expect(email.body).not.toMatch(/biggest client|CFO|40%/);
    expect(JSON.stringify(output.facts)).not.toMatch(/biggest client|CFO/);
    // Only the line about them is highlighted as citing a fact; the line about our product is plain.
    expect(email.citations).toEqual([{ text: "Congratulations on opening the Jundiaí distribution centre.", factKey: "signal.expansion" }]);
    expect(output.message).toBe('Email ready: "Your new Jundiaí distribution centre" (1 cited lines) (2 uncited lines dropped)');
    // Greeted by name: the decision maker the persona builder chose from the team page.
    expect(email.greeting).toBe("Hi Patrícia,");
  });

  it("replaces a subject that cites nothing with a plain one that claims nothing", async () => {
    const input = await leadBeforeOutreach("verdantlogix.com");
    const { output } = await runWithMockModel(outreachWriter, input, (prompt: string) => ({
      subject: { text: "Saw your $50M raise", factIds: [] },
      lines: [{ text: "You are hiring dispatchers.", factIds: [idOf(prompt, "signal.hiring")] }],
    }));
    const email = output.facts[0]!.value as OutreachEmail;
    expect(email.subject).toBe("A question for Verdant Logix");
  });

  it("without a model, writes a short email from the facts: why now first, then a pain point and our offer, each line cited", async () => {
    const input = await leadBeforeOutreach("rotaseriema-logistica.com.br");
    const output = await outreachWriter.run(input);
    const fact = output.facts[0]!;
    expect(fact.method).toBe("fallback");
    const email = fact.value as OutreachEmail;
    expect(email.lines.map((l) => l.text)).toEqual([
      "I saw this on your site: Hiring 3 roles: Motorista Carreteiro, Analista de Transportes Pleno, Supervisor(a) de Armazém.",
      "Moments like this usually make manual route planning harder to keep up with.",
      "Acme Route: SaaS that plans delivery routes and warehouse picking in minutes. Cut delivery costs 15-20% and late deliveries in half within one quarter.",
    ]);
    expect(email.body.startsWith("Hi Patrícia,\n\nI saw this on your site")).toBe(true);
    expect(email.citations.map((c) => c.factKey)).toEqual(["score.why_now", "pain.points"]);
    expect(email.subject).toBe("Rota Seriema Logística: Hiring 3 roles: Motorista Carreteiro…");
  });

  it("writes in Portuguese for a pt-BR workspace and greets the team when the site names no one", async () => {
    const input = await leadBeforeOutreach("metalurgicaitaperu.ind.br", "pt-BR");
    const email = (await outreachWriter.run(input)).facts[0]!.value as OutreachEmail;
    expect(email.greeting).toMatch(/^Olá, equipe /);
    expect(email.body).toContain("Atenciosamente,");
    expect(email.body).toContain("Uma conversa de 20 minutos na próxima semana seria útil?");
  });
});
