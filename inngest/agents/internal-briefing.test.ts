import { describe, expect, it } from "vitest";
import type { AgentInput } from "./agent";
import { approachStrategistEvaluate } from "./approach-strategist-evaluate";
import { approachStrategistPropose } from "./approach-strategist-propose";
import { approachStrategistSynthesise, type ApproachPlan } from "./approach-strategist-synthesise";
import { internalBriefing, type InternalBriefing } from "./internal-briefing";
import { objectionHandler } from "./objection-handler";
import { citedKeys } from "./testing/cited-keys";
import { demoWorkspace, fixtureLeadInput } from "./testing/fixture-lead-input";
import { idOf } from "./testing/id-of";
import { runInto } from "./testing/run-into";
import { runWithMockModel } from "./testing/run-with-mock-model";
import { withScore } from "./testing/with-score";

/** The scorer's criteria, by hand: industry and signals carry the fit, tech barely counts. */
const breakdown = [
  { criterion: "industry_fit", label: "Industry fit", weight: 25, match: 1, points: 25, evidence: "", factKeys: [] },
  { criterion: "buying_signals", label: "Buying signals", weight: 20, match: 0.9, points: 18, evidence: "", factKeys: [] },
  { criterion: "tech_fit", label: "Tech fit", weight: 10, match: 0.2, points: 2, evidence: "", factKeys: [] },
];

/** The lead as it reaches the briefing: scored, with an approach plan and objections (fallbacks, no model). */
async function briefedLead(domain: string, language: "en" | "pt-BR", whyNow: string): Promise<AgentInput> {
  const input = withScore(await fixtureLeadInput(domain, demoWorkspace(language)), whyNow, { breakdown });
  return runInto(input, approachStrategistPropose, approachStrategistEvaluate, approachStrategistSynthesise, objectionHandler);
}

const planOf = (input: AgentInput) => input.facts.find((f) => f.key === "approach.plan")!.value as ApproachPlan;

describe("internal briefing", () => {
  it("shows the model the plan and the objections, keeps its cited bullets and drops invented or uncited ones", async () => {
    const input = await briefedLead("verdantlogix.com", "en", "Opened the St. Louis cross-dock");
    const { output, prompt, model } = await runWithMockModel(internalBriefing, input, (p: string) => ({
      summary: { text: "Verdant Logix: strong fit, expanding now", factIds: [idOf(p, "score.fit"), idOf(p, "score.why_now")] },
      items: [
        { text: "Midwest freight and last-mile, 340 people", factIds: [idOf(p, "company.description"), idOf(p, "company.size")] },
        { text: "Fit 78/100 on industry and signals", factIds: [idOf(p, "score.fit")] },
        { text: "Just opened St. Louis", factIds: [idOf(p, "score.why_now")] },
        { text: "Email Dana first, then LinkedIn and a call", factIds: [idOf(p, "approach.plan")] },
        { text: "Their CFO is leaving in March", factIds: ["F999"] },
        { text: "They will sign this quarter", factIds: [] },
      ],
    }));

    expect(model.doGenerateCalls).toHaveLength(1);
    expect(prompt).toContain(`The approach plan (evidence ${idOf(prompt, "approach.plan")}): \\"${planOf(input).strategy}\\"; day 1 (email)`);
    expect(prompt).toContain('\\"Now is not a good time\\" (answer: Tie it to what is happening now');
    const fact = output.facts[0]!;
    expect(fact).toMatchObject({ key: "briefing.internal", method: "llm" });
    const briefing = fact.value as InternalBriefing;
    expect(briefing.summary).toEqual({ text: "Verdant Logix: strong fit, expanding now", cites: expect.any(Array) });
    expect(briefing.items.map((b) => b.text)).toEqual(["Midwest freight and last-mile, 340 people", "Fit 78/100 on industry and signals", "Just opened St. Louis", "Email Dana first, then LinkedIn and a call"]);
    expect(citedKeys(briefing.items[3]!)).toEqual(["approach.plan"]);
    for (const invented of ["CFO", "sign this quarter"]) expect(JSON.stringify(output.facts)).not.toContain(invented);
    expect(output.message).toBe("Briefing ready: 4 points (2 uncited lines dropped)");
    expect(output.usage).toMatchObject({ model: "mock/mock-model", inputTokens: 120, outputTokens: 40 });
  });

  it("replaces a summary that cites nothing with one built from the facts", async () => {
    const input = await briefedLead("verdantlogix.com", "en", "Opened the St. Louis cross-dock");
    const { output } = await runWithMockModel(internalBriefing, input, (p: string) => ({
      summary: { text: "A sure win, sign by Friday", factIds: [] },
      items: [{ text: "Fit 78/100", factIds: [idOf(p, "score.fit")] }],
    }));
    const briefing = output.facts[0]!.value as InternalBriefing;
    expect(briefing.summary.text).toBe(`Verdant Logix: high fit (78/100); lead with "${planOf(input).strategy}"`);
    expect(citedKeys(briefing.summary)).toEqual(["score.fit", "approach.plan"]);
    expect(JSON.stringify(briefing)).not.toContain("Friday");
  });

  it("without a model, briefs who they are, the fit, why now, whom to contact, the plan and the main risk, each cited", async () => {
    const input = await briefedLead("verdantlogix.com", "en", "Opened the St. Louis cross-dock");
    const output = await internalBriefing.run(input);
    const fact = output.facts[0]!;
    expect(fact.method).toBe("fallback");
    expect(fact.confidence).toBeLessThan(0.5);
    const { summary, items } = fact.value as InternalBriefing;
    expect(summary.text).toMatch(/^Verdant Logix: high fit \(78\/100\); lead with "/);
    expect(items).toHaveLength(6);
    const [who, fit, whyNow, contact, plan, risk] = items;
    expect(who!.text).toContain("(340 employees; Chicago, IL, United States)");
    expect(fit!.text).toBe("Fit 78/100 (high), carried by Industry fit 25/25, Buying signals 18/20");
    expect(citedKeys(fit!)).toEqual(["score.fit"]);
    expect(whyNow!.text).toBe("Why now: Opened the St. Louis cross-dock");
    expect(citedKeys(whyNow!)).toEqual(["score.why_now", "signal.expansion"]);
    expect(contact!.text).toContain("Dana Okafor (CEO & Founder), email dana.okafor@verdantlogix.com, phone +1 312 555 0147");
    expect(plan!.text).toBe(`Plan: "${planOf(input).strategy}" in ${planOf(input).steps.length} steps (days ${planOf(input).steps.map((s) => s.day).join(", ")})`);
    expect(risk!.text).toMatch(/^Main risk: "/);
    expect(citedKeys(risk!)).toEqual(["objection.responses"]);
    for (const item of items) expect(item.cites.some((c) => !c.key.startsWith("offer."))).toBe(true);
    expect(output.message).toBe("Briefing ready: 6 points");
  });

  it("writes the briefing in Portuguese for a pt-BR workspace", async () => {
    const input = await briefedLead("rotaseriema-logistica.com.br", "pt-BR", "Inaugurou um centro de distribuição em Jundiaí");
    const output = await internalBriefing.run(input);
    const { summary, items } = output.facts[0]!.value as InternalBriefing;
    expect(summary.text).toMatch(/^Rota Seriema Logística: aderência alta \(78\/100\); começar por "E-mail para/);
    expect(items.map((b) => b.text.split(/[:(]/)[0]!.trim())).toEqual(expect.arrayContaining(["Aderência 78/100", "Por que agora", "Contato", "Plano", "Principal risco"]));
    expect(items[0]!.text).toContain("(1450 funcionários; Campinas, SP, Brazil)");
    expect(output.message).toBe(`Briefing pronto: ${items.length} pontos`);
  });
});
