import { describe, expect, it } from "vitest";
import { demoContext } from "@/db/seed";
import { queryPlanner } from "./query-planner";

const context = { ...demoContext, painPoints: [...demoContext.painPoints], competitors: [...demoContext.competitors], industryFocus: ["logistics", "retail"], geographicFocus: ["Brazil", "United States"] };

describe("query planner", () => {
  it("plans each industry in each region, in Portuguese too for Brazil, then the ideal customer, without repeats", () => {
    const { queries, message } = queryPlanner({ ...context, extraQuery: "cold chain distributors" });
    expect(queries).toEqual([
      "cold chain distributors",
      "logistics companies in Brazil",
      "empresas de logistics em Brazil",
      "logistics companies in United States",
      "retail companies in Brazil",
      "empresas de retail em Brazil",
      "retail companies in United States",
      demoContext.idealCustomer,
      demoContext.targetMarket,
    ]);
    expect(message).toBe("9 searches planned from your ICP");
  });

  it("writes Portuguese queries for a pt-BR workspace and caps the plan", () => {
    const { queries, message } = queryPlanner({ ...context, industryFocus: ["logística", "varejo", "alimentos", "indústria", "agro"], geographicFocus: ["Brasil", "Portugal", "Nordeste"] }, "pt-BR", 6);
    expect(queries).toHaveLength(6);
    expect(queries[0]).toBe("empresas de logística em Brasil");
    expect(queries.every((q) => q.startsWith("empresas de"))).toBe(true);
    expect(message).toBe("6 buscas planejadas a partir do seu ICP");
  });
});
