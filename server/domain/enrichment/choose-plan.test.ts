import { describe, expect, it } from "vitest";
import { choosePlan } from "./choose-plan";

const base = { threshold: 50, textChars: 5_000, language: "en" as const, fullCount: 21, limitedCount: 10 };

describe("the hybrid orchestrator's plan", () => {
  it("runs the full plan when the fit reaches the threshold and the site gave enough text", () => {
    expect(choosePlan({ ...base, score: 50 })).toEqual({ plan: "full", reason: "Fit 50/100 meets your threshold of 50: full plan, 21 agents" });
  });

  it("limits a lead below the threshold and says by how much", () => {
    expect(choosePlan({ ...base, score: 49 })).toEqual({ plan: "limited", reason: "Fit 49/100 is below your threshold of 50: reasoning agents skipped (limited plan, 10 agents)" });
    expect(choosePlan({ ...base, score: 80, threshold: 85 }).plan).toBe("limited");
  });

  it("limits a well-fitting lead whose site gave too little text to reason about", () => {
    expect(choosePlan({ ...base, score: 90, textChars: 120 })).toEqual({
      plan: "limited",
      reason: "Only 120 characters of text could be read from the site: reasoning agents skipped (limited plan, 10 agents)",
    });
  });

  it("limits a lead with no score, and speaks Portuguese to a pt-BR workspace", () => {
    expect(choosePlan({ ...base, score: null }).plan).toBe("limited");
    expect(choosePlan({ ...base, score: 30, language: "pt-BR" }).reason).toBe("Aderência 30/100 abaixo do seu limite de 50: agentes de raciocínio pulados (plano limitado, 10 agentes)");
  });
});
