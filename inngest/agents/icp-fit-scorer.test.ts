import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoContext } from "@/db/seed";
import { defaultScoringWeights, scoringCriteria, type ScoringCriterionId, type ScoringWeights } from "@/server/domain/settings/scoring-criteria";
import type { AgentInput, AgentOutput, AgentWorkspace } from "./agent";
import { createIcpFitScorer } from "./icp-fit-scorer";
import type { FitScore } from "./scoring/score-lead";
import { demoWorkspace, fixtureLeadInput } from "./testing/fixture-lead-input";

// The fixture sites' posts and openings are dated up to 2026-11-24; scoring "today" keeps recency fixed.
const scorer = createIcpFitScorer({ now: () => new Date("2026-11-27T12:00:00Z") });

const fitOf = (output: AgentOutput) => output.facts.find((fact) => fact.key === "score.fit")?.value as FitScore;
const itemOf = (output: AgentOutput, id: ScoringCriterionId) => fitOf(output).breakdown.find((item) => item.criterion === id)!;
const whyNowOf = (output: AgentOutput) => output.facts.find((fact) => fact.key === "score.why_now");
const withWeights = (weights: Partial<ScoringWeights>, base = demoWorkspace()): AgentWorkspace => ({
  ...base,
  scoring: { ...base.scoring, weights: { industry_fit: 0, geography_fit: 0, company_size_fit: 0, buying_signals: 0, tech_fit: 0, reachability: 0, ...weights } },
});

/** Runs the earlier agents over a fixture site, then the scorer; `null` scores with no workspace at all. */
async function scoreSite(domain: string, workspace: AgentWorkspace | null = demoWorkspace()) {
  const input = await fixtureLeadInput(domain, workspace ?? demoWorkspace());
  return scorer.run({ ...input, workspace: workspace ?? undefined });
}

/** A lead with hand-written facts, for cases no fixture site shows. */
function handLead(facts: Omit<AgentInput["facts"][number], "method" | "confidence" | "sourceUrl">[], workspace?: AgentWorkspace): AgentInput {
  return {
    lead: { id: "lead-1", workspaceId: "ws-1", domain: "acme-freight.com", companyName: "Acme Freight" },
    facts: facts.map((fact) => ({ method: "parsed", confidence: 0.8, sourceUrl: null, ...fact })),
    pages: [],
    env: { allowPrivateNetworks: false },
    workspace,
  };
}

const freightCompany = [
  { agent: "company-profiler", key: "company.industry", value: "Freight" },
  { agent: "company-profiler", key: "company.location", value: { label: "Dallas, TX, United States", city: "Dallas", region: "TX", country: "United States" } },
  { agent: "company-profiler", key: "company.size", value: { min: 120, max: 120, label: "120 employees" } },
];

describe("ICP fit scorer", () => {
  it("scores a US logistics company that is hiring drivers as high, naming industry and geography", async () => {
    const output = await scoreSite("verdantlogix.com");
    const fit = fitOf(output);

    expect(fit).toMatchObject({ score: 94, tier: "high", threshold: 50 });
    expect(fit.breakdown.map((item) => item.label)).toEqual(scoringCriteria.map((criterion) => criterion.label.en));
    expect(itemOf(output, "industry_fit")).toEqual({
      criterion: "industry_fit", label: "Industry fit", weight: 25, match: 0.9, points: 22.5,
      evidence: "Description mentions 'freight', which matches your focus 'logistics'", factKeys: ["company.description"],
    });
    expect(itemOf(output, "geography_fit")).toMatchObject({ weight: 15, match: 1, points: 15, evidence: "Located in Chicago, IL, United States: matches your focus 'United States'", factKeys: ["company.location"] });
    expect(itemOf(output, "company_size_fit")).toMatchObject({ points: 15, evidence: "Size '340 employees' is within your '50 to 1,000 employees'" });
    expect(itemOf(output, "buying_signals")).toMatchObject({ points: 20 });
    expect(itemOf(output, "reachability")).toMatchObject({ points: 15, evidence: "Named decision maker: Dana Okafor (CEO & Founder)", factKeys: ["contact.people"] });
    expect(itemOf(output, "tech_fit")).toMatchObject({ match: 0.65, points: 6.5, evidence: "Modern business tools in use: Google Analytics 4, HubSpot" });

    expect(output.lead).toEqual({ score: 94, tier: "high" });
    expect(output.message).toBe("Fit 94/100 (high): industry, signals, geography, size, reachability");
    expect(output.facts.find((fact) => fact.key === "score.fit")).toMatchObject({ method: "parsed", sourceUrl: null, confidence: 0.9 });
  });

  it("cites the newest open roles as the lead's why-now, with their careers page", async () => {
    const output = await scoreSite("verdantlogix.com");
    expect(whyNowOf(output)).toEqual({
      key: "score.why_now",
      value: {
        text: "Hiring 3 roles: CDL-A Driver, Refrigerated, Fleet Operations Manager, Senior Transport Planner (newest posted 2026-11-19)",
        factKey: "signal.hiring",
        date: "2026-11-19",
      },
      method: "parsed",
      sourceUrl: "https://verdantlogix.com/careers",
      confidence: 0.8,
    });
  });

  it("writes labels, evidence and the message in Portuguese for a pt-BR workspace", async () => {
    const output = await scoreSite("rotaseriema-logistica.com.br", demoWorkspace("pt-BR"));
    const fit = fitOf(output);

    expect(fit).toMatchObject({ score: 89, tier: "high" });
    expect(fit.breakdown.map((item) => item.label)).toEqual(scoringCriteria.map((criterion) => criterion.label["pt-BR"]));
    expect(itemOf(output, "industry_fit").evidence).toBe("Setor 'transportadora e operadora logística' corresponde ao seu foco 'logistics'");
    expect(itemOf(output, "company_size_fit")).toMatchObject({ match: 0.5, evidence: "Porte '1450 employees' está próximo do seu '50 to 1,000 employees'" });
    expect(output.message).toBe("Aderência 89/100 (alta): setor, sinais, geografia, contato");
    expect(whyNowOf(output)).toMatchObject({
      value: {
        text: "Contratando para 3 vagas: Motorista Carreteiro, Analista de Transportes Pleno, Supervisor(a) de Armazém (a mais recente publicada em 2026-11-19)",
        factKey: "signal.hiring",
        date: "2026-11-19",
      },
      sourceUrl: "https://rotaseriema-logistica.com.br/carreiras",
    });
  });

  it("reads an ICP written in Portuguese, with accents and aliases, as the English one", async () => {
    const portuguese: AgentWorkspace = {
      ...demoWorkspace("pt-BR"),
      context: {
        ...demoWorkspace().context,
        industryFocus: ["Logística", "Varejo", "Distribuição de alimentos", "Indústria"],
        geographicFocus: ["Brasil", "EUA"],
        idealCustomer: "Transportadoras e distribuidoras com 50 a 1.000 funcionários e frota própria",
        targetMarket: "Empresas de logística, varejo e alimentos no Brasil e nos EUA",
      },
    };
    for (const domain of ["verdantlogix.com", "rotaseriema-logistica.com.br", "casaipeamarelo.com.br", "sprigwell-foods.com", "fernhollow-vetclinic.com"]) {
      const [english, inPortuguese] = [await scoreSite(domain, demoWorkspace("pt-BR")), await scoreSite(domain, portuguese)];
      expect(fitOf(inPortuguese).breakdown.map((item) => item.match), domain).toEqual(fitOf(english).breakdown.map((item) => item.match));
    }
    const verdant = await scoreSite("verdantlogix.com", portuguese);
    expect(itemOf(verdant, "geography_fit").evidence).toBe("Localizada em Chicago, IL, United States: corresponde ao seu foco 'EUA'");
    expect(itemOf(verdant, "industry_fit").evidence).toBe("A descrição menciona 'freight', que corresponde ao seu foco 'Logística'");
    expect(itemOf(verdant, "company_size_fit").evidence).toBe("Porte '340 employees' está dentro do seu '50 a 1.000 funcionários'");
  });

  it("gives partial industry credit to a food company against 'food distribution'", async () => {
    const output = await scoreSite("sprigwell-foods.com");
    expect(itemOf(output, "industry_fit")).toMatchObject({ match: 0.7, points: 17.5, evidence: "Company name 'Sprigwell Foods' partly matches your focus 'food distribution'" });
    expect(fitOf(output)).toMatchObject({ score: 85, tier: "high" });
  });

  it("places a Brazilian company with no address by its phone numbers and domain", async () => {
    const output = await scoreSite("metalurgicaitaperu.ind.br", demoWorkspace("pt-BR"));
    expect(itemOf(output, "geography_fit")).toMatchObject({
      match: 0.8,
      points: 12,
      evidence: "Sem endereço, mas os telefones e o domínio (.ind.br) indicam o país: Brasil: corresponde ao seu foco 'Brazil'",
      factKeys: ["contact.phones"],
    });
    expect(itemOf(output, "company_size_fit")).toMatchObject({ match: 0, evidence: "Porte '3.100 colaboradores' está fora do seu '50 to 1,000 employees'" });
  });

  it("keeps a vet clinic, a UK law firm and a UK insurer not qualified", async () => {
    const vet = await scoreSite("fernhollow-vetclinic.com");
    // Its team of seven is far below 50 employees, so size gives nothing either.
    expect(fitOf(vet)).toMatchObject({ score: 15, tier: "not_qualified" });
    expect(itemOf(vet, "industry_fit").evidence).toBe("Works in healthcare, not in your focus (logistics, retail, food distribution, manufacturing)");
    expect(itemOf(vet, "buying_signals")).toMatchObject({ match: 0, evidence: "No hiring, funding, expansion or news found" });
    expect(whyNowOf(vet)).toBeUndefined();
    expect(vet.message).toBe("Fit 15/100 (not qualified): geography; outside your focus industries; no recent buying signal");

    expect(fitOf(await scoreSite("quillmarrow.co.uk"))).toMatchObject({ score: 8, tier: "not_qualified" });
    expect(fitOf(await scoreSite("ravenholtmutual.co.uk"))).toMatchObject({ score: 0, tier: "not_qualified" });
  });

  it("does not let hiring, a modern stack and a named CEO lift a company outside your market", async () => {
    const security = await scoreSite("mossbarrow-security.com");
    expect(fitOf(security)).toMatchObject({ score: 30, tier: "low" });
    expect(itemOf(security, "buying_signals")).toMatchObject({ match: 0, points: 0 });
    expect(itemOf(security, "buying_signals").evidence).toMatch(/^Hiring 3 roles: .* — not counted: the company is outside your focus industries$/);
    expect(itemOf(security, "reachability").evidence).toBe("Named decision maker: Vivian Hargrove (Chief Executive Officer) — not counted: the company is outside your focus industries");

    const ukFreight = await scoreSite("dunmorrowfreight.co.uk");
    expect(fitOf(ukFreight)).toMatchObject({ score: 28, tier: "low" });
    expect(itemOf(ukFreight, "geography_fit").evidence).toBe("Located in Glasgow, United Kingdom: outside your focus (Brazil, United States)");
  });

  it("follows the workspace's weights: industry alone at 100", async () => {
    const onlyIndustry = withWeights({ industry_fit: 100 });
    const verdant = await scoreSite("verdantlogix.com", onlyIndustry);
    expect(fitOf(verdant)).toMatchObject({ score: 90, tier: "high" });
    expect(fitOf(verdant).breakdown.filter((item) => item.criterion !== "industry_fit").map((item) => item.points)).toEqual([0, 0, 0, 0, 0]);
    // The match is still shown, so the user sees what a weight would add.
    expect(itemOf(verdant, "geography_fit")).toMatchObject({ weight: 0, match: 1, points: 0 });
    expect(fitOf(await scoreSite("sprigwell-foods.com", onlyIndustry))).toMatchObject({ score: 70, tier: "medium" });
    expect(fitOf(await scoreSite("fernhollow-vetclinic.com", onlyIndustry))).toMatchObject({ score: 0, tier: "not_qualified" });
  });

  it("gives nothing for a criterion weighted 0, and does not rule a lead out on it", async () => {
    const noSignals = withWeights({ industry_fit: 30, geography_fit: 20, company_size_fit: 20, buying_signals: 0, tech_fit: 10, reachability: 20 });
    const verdant = fitOf(await scoreSite("verdantlogix.com", noSignals));
    expect(verdant.breakdown.find((item) => item.criterion === "buying_signals")).toMatchObject({ weight: 0, points: 0 });
    expect(verdant.score).toBe(Math.round(verdant.breakdown.reduce((sum, item) => sum + item.points, 0)));
    expect(verdant.score).toBe(94); // 27 + 20 + 20 + 0 + 6.5 + 20

    // A UK haulier is outside the regions, but a workspace that does not weigh geography scores it on the rest.
    const anyWhere = withWeights({ industry_fit: 40, geography_fit: 0, company_size_fit: 15, buying_signals: 20, tech_fit: 10, reachability: 15 });
    const ukFreight = await scoreSite("dunmorrowfreight.co.uk", anyWhere);
    expect(itemOf(ukFreight, "reachability")).toMatchObject({ points: 15, evidence: "Named decision maker: Fraser Dunmorrow (Managing Director)" });
    // Its /vacancies page lists three open roles, which count as a recent signal.
    expect(fitOf(ukFreight)).toMatchObject({ score: 80, tier: "high" });
  });

  it("cites the newest strong signal as why-now, and counts older ones for less", async () => {
    const output = await scorer.run(handLead([
      ...freightCompany,
      { agent: "buying-signals", key: "signal.funding", value: [{ round: "Series A", amount: 12_000_000, currency: "USD", date: "2026-04-02", sourceUrl: "https://acme-freight.com/blog/series-a" }] },
      { agent: "buying-signals", key: "signal.expansion", value: [{ summary: "New cross-dock in Tulsa", date: "2026-10-20", sourceUrl: "https://acme-freight.com/blog/tulsa" }] },
      { agent: "buying-signals", key: "signal.news", value: [{ title: "Peak season ready", date: "2026-11-25", sourceUrl: "https://acme-freight.com/blog/peak" }] },
    ], demoWorkspace()));
    expect(whyNowOf(output)).toMatchObject({
      value: { text: "Expansion: New cross-dock in Tulsa (2026-10-20)", factKey: "signal.expansion", date: "2026-10-20" },
      sourceUrl: "https://acme-freight.com/blog/tulsa",
    });
    expect(itemOf(output, "buying_signals")).toMatchObject({ match: 1, points: 20, evidence: "Expansion: New cross-dock in Tulsa (2026-10-20) (+2 more)" });

    const stale = await scorer.run(handLead([
      ...freightCompany,
      { agent: "buying-signals", key: "signal.funding", value: [{ round: "Seed", amount: null, currency: null, date: "2025-06-01", sourceUrl: "https://acme-freight.com/blog/seed" }] },
    ], demoWorkspace()));
    expect(itemOf(stale, "buying_signals")).toMatchObject({ match: 0.1, points: 2, evidence: "Raised Seed on 2025-06-01; older than 90 days, so it counts less" });
    expect(whyNowOf(stale)).toBeUndefined();
    expect(stale.message).toMatch(/; no recent buying signal$/);
  });

  it("gives partial credit for an unknown headcount or stack, and says so", async () => {
    const output = await scorer.run(handLead(freightCompany.slice(0, 2), demoWorkspace()));
    expect(itemOf(output, "company_size_fit")).toMatchObject({ match: 0.3, points: 4.5, evidence: "No employee count found; partial credit against your '50 to 1,000 employees'", factKeys: [] });
    expect(itemOf(output, "tech_fit")).toMatchObject({ match: 0.3, points: 3, evidence: "No technologies detected; partial credit" });
    expect(itemOf(output, "reachability")).toMatchObject({ match: 0, evidence: "No person, email or phone found" });
    expect(fitOf(output)).toMatchObject({ score: 48, tier: "low" }); // 25 + 15 + 4.5 + 0 + 3 + 0
  });

  it("scores with default weights and an empty ICP when the workspace is missing, without throwing", async () => {
    const output = await scoreSite("verdantlogix.com", null);
    expect(itemOf(output, "industry_fit")).toMatchObject({ match: 0, evidence: "Your ICP names no focus industries" });
    expect(itemOf(output, "geography_fit")).toMatchObject({ match: 0, evidence: "Your ICP names no target regions" });
    expect(itemOf(output, "company_size_fit")).toMatchObject({ match: 0.5, evidence: "Your ICP states no company size; neutral credit" });
    expect(fitOf(output).breakdown.map((item) => item.weight)).toEqual(Object.values(defaultScoringWeights));
    expect(fitOf(output)).toMatchObject({ score: 49, tier: "low", threshold: 50 });
    expect(output.facts.find((fact) => fact.key === "score.fit")?.confidence).toBe(0.57);

    const nothing = await scorer.run(handLead([]));
    expect(fitOf(nothing)).toMatchObject({ score: 11, tier: "not_qualified" }); // neutral size 7.5 + unknown tech 3
    expect(nothing.message).toBe("Fit 11/100 (not qualified): no criterion met; no recent buying signal");
    expect(nothing.facts.map((fact) => fact.key)).toEqual(["score.fit"]);
  });

  it("separates the demo ICP's market from the rest across all 33 fixture sites", async () => {
    const sites = readdirSync(path.join(process.cwd(), "demo-web", "sites")).sort();
    const rows: { domain: string; industry: string; country: string; score: number; tier: string; inMarket: boolean }[] = [];
    for (const domain of sites) {
      const site = JSON.parse(readFileSync(path.join(process.cwd(), "demo-web", "sites", domain, "site.json"), "utf8")) as { industry: string; country: string };
      const fit = fitOf(await scoreSite(domain));
      const inMarket = ["logistics", "retail", "food", "manufacturing"].includes(site.industry) && ["BR", "US"].includes(site.country);
      rows.push({ domain, industry: site.industry, country: site.country, score: fit.score, tier: fit.tier, inMarket });
    }
    console.info(`ICP fit with the demo ICP (route optimisation; logistics/retail/food/manufacturing; BR+US; 50-1,000 staff):\n${rows
      .sort((a, b) => b.score - a.score)
      .map((r) => `${String(r.score).padStart(3)} ${r.tier.padEnd(13)} ${r.domain.padEnd(30)} ${r.industry} ${r.country}${r.inMarket ? "  *in market*" : ""}`)
      .join("\n")}`);

    expect(rows).toHaveLength(33);
    expect(rows.filter((r) => r.inMarket && r.score < 50)).toEqual([]);
    expect(rows.filter((r) => !r.inMarket && r.score >= 50)).toEqual([]);
    expect(demoContext.industryFocus).toEqual(["logistics", "retail", "food distribution", "manufacturing"]);
  });
});
