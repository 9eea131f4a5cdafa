import { describe, expect, it } from "vitest";
import type { LeadView } from "@/server/domain/leads/lead-view";
import { boardMetrics } from "./board-metrics";
import { filterLeads, noFilters } from "./filter-leads";

const lead = (over: Partial<LeadView>): LeadView => ({
  id: Math.random().toString(36),
  jobId: null,
  domain: "acme.com",
  companyName: "Acme",
  stage: "prospecting",
  status: "enriched",
  score: null,
  position: 0,
  industry: null,
  tier: null,
  source: "search",
  progressDone: 3,
  progressTotal: 3,
  currentAgent: null,
  statusMessage: null,
  plan: null,
  planReason: null,
  error: null,
  createdAt: new Date(),
  updatedAt: new Date(),
  ...over,
});

const leads = [
  lead({ domain: "northwind.com", companyName: "Northwind", score: 82, tier: "high", industry: "Logistics", stage: "meeting_scheduled" }),
  lead({ domain: "brightpath.io", companyName: "BrightPath", score: 55, tier: "medium", industry: "Healthcare" }),
  lead({ domain: "lumen.com.br", companyName: "Lumen Varejo", score: 20, tier: "low", industry: "Retail", status: "failed" }),
  lead({ domain: "new.com", companyName: null }),
];

describe("board filters and metrics", () => {
  it("filters by text, tier, score band and industry together", () => {
    expect(filterLeads(leads, noFilters)).toBe(leads);
    expect(filterLeads(leads, { ...noFilters, text: "varejo" }).map((l) => l.domain)).toEqual(["lumen.com.br"]);
    expect(filterLeads(leads, { ...noFilters, text: ".io" }).map((l) => l.domain)).toEqual(["brightpath.io"]);
    expect(filterLeads(leads, { ...noFilters, tier: "high" }).map((l) => l.domain)).toEqual(["northwind.com"]);
    expect(filterLeads(leads, { ...noFilters, score: "40-69" }).map((l) => l.domain)).toEqual(["brightpath.io"]);
    expect(filterLeads(leads, { ...noFilters, score: "unscored" }).map((l) => l.domain)).toEqual(["new.com"]);
    expect(filterLeads(leads, { ...noFilters, industry: "Retail", score: "70-100" })).toEqual([]);
  });

  it("computes the header metrics", () => {
    expect(boardMetrics(leads)).toEqual({ total: 4, averageScore: 52, highPotential: 1, meetingsScheduled: 1, successRate: 0.75 });
    expect(boardMetrics([])).toEqual({ total: 0, averageScore: null, highPotential: 0, meetingsScheduled: 0, successRate: null });
  });
});
