import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createExaSearchProvider } from "./exa-search-provider";
import { fixture, startRecordedApi, type RecordedApi, type SeenRequest } from "./fixtures/recorded-api";
import type { SearchError } from "./search-error";
import type { SearchProvider } from "./search-provider";

const apiKey = "3f1b9c2e-7a4d-4e8b-a6c5-0d2f8e1b7c94";
let api: RecordedApi;
let exa: SearchProvider;

/** The recorded answer holds Exa's top 12; a smaller `numResults` gets its first ones, as Exa ranks them. */
function replayTop(request: SeenRequest) {
  const recorded = JSON.parse(fixture("exa-search.json")) as { results: unknown[] };
  const { numResults } = request.body as { numResults: number };
  return { body: JSON.stringify({ ...recorded, results: recorded.results.slice(0, numResults) }) };
}

const numResultsAsked = () => api.requests.map((r) => (r.body as { numResults: number }).numResults);
const searchError = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("search should fail"), (error: unknown) => error as SearchError);

beforeAll(async () => {
  api = await startRecordedApi();
  exa = createExaSearchProvider({ apiKey, baseUrl: api.baseUrl });
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
  api.answer(replayTop);
});

describe("createExaSearchProvider", () => {
  it("posts the query with x-api-key, asks for 500 characters of text, and maps Exa's results", async () => {
    const results = await exa.search("B2B SaaS for hospitals in Brazil", { limit: 2 });

    const [request] = api.requests;
    expect([request?.method, request?.path, request?.headers["x-api-key"]]).toEqual(["POST", "/search", apiKey]);
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.body).toEqual({ query: "B2B SaaS for hospitals in Brazil", numResults: 2, type: "auto", contents: { text: { maxCharacters: 500 } } });
    expect(results).toEqual([
      {
        url: "https://www.clinicflow.com.br/",
        domain: "clinicflow.com.br",
        title: "ClinicFlow – Software de gestão hospitalar em nuvem",
        snippet:
          "ClinicFlow – Software de gestão hospitalar em nuvem Prontuário eletrônico, faturamento TISS/TUSS e gestão de leitos em uma única plataforma. Mais de 140 hospitais e clínicas no Brasil usam o ClinicFlow para reduzir glosas e o tempo de internação. Agende uma demonstração",
      },
      {
        url: "https://medsync.io/en",
        domain: "medsync.io",
        title: "MedSync | Interoperability platform for hospital networks",
        snippet:
          "MedSync connects EHRs, labs and payers across hospital networks in Latin America. HL7 FHIR APIs, consent management compliant with LGPD, and real-time bed availability dashboards for network operators.",
      },
    ]);
  });

  it("asks once more for twice as many when a repeated company leaves the page short", async () => {
    // Exa's 3rd result is ClinicFlow's blog: the top 5 hold only 4 companies.
    const page = await exa.search("B2B SaaS for hospitals in Brazil", { limit: 5 });
    expect(numResultsAsked()).toEqual([5, 10]);
    expect(page.map((r) => r.domain)).toEqual(["clinicflow.com.br", "medsync.io", "laudare.com.br", "saudetech.com.br", "vitalhub.com.br"]);
    // Exa sent no title for saudetech.com.br: the domain stands in.
    expect(page[3]).toMatchObject({ title: "saudetech.com.br", snippet: expect.stringContaining("agendamento online") });
  });

  it("pages by asking for offset + limit results: each company once, until Exa runs out", async () => {
    const second = await exa.search("B2B SaaS for hospitals in Brazil", { limit: 5, offset: 5 });
    const third = await exa.search("B2B SaaS for hospitals in Brazil", { limit: 5, offset: 10 });

    expect(second.map((r) => r.domain)).toEqual(["prontuariofacil.com", "hospitalar-analytics.com", "leitoagil.com.br", "cirurgiaplan.com", "faturasaude.com.br"]);
    expect(third).toEqual([]);
    // 10 asked, 8 companies, so 20 asked (Exa had 12); then 15 asked and Exa had fewer, so no second try.
    expect(numResultsAsked()).toEqual([10, 20, 15]);
  });

  it("never asks past Exa's ceiling of 100 results", async () => {
    await exa.search("B2B SaaS for hospitals in Brazil", { limit: 10, offset: 95 });
    expect(numResultsAsked()).toEqual([100]);
    api.requests.length = 0;
    expect(await exa.search("B2B SaaS for hospitals in Brazil", { limit: 10, offset: 100 })).toEqual([]);
    expect(api.requests).toHaveLength(0);
  });

  it("maps Exa's errors: a rejected key, a rate limit, a refused request, an outage, a strange body", async () => {
    api.answer({ status: 401, body: fixture("exa-401.json") });
    const auth = await searchError(exa.search("hospitals", { limit: 5 }));
    expect([auth.provider, auth.kind, auth.message]).toEqual(["exa", "auth", 'Exa rejected the API key (401): check EXA_API_KEY. Exa said: "Invalid API key"']);

    api.answer({ status: 429, headers: { "retry-after": "7" }, body: fixture("exa-429.json") });
    const limited = await searchError(exa.search("hospitals", { limit: 5 }));
    expect([limited.kind, limited.retryAfterMs, limited.transient]).toEqual(["rate_limited", 7000, true]);

    api.answer({ status: 400, body: fixture("exa-400.json") });
    const refused = await searchError(exa.search("hospitals", { limit: 5 }));
    expect([refused.kind, refused.transient]).toEqual(["bad_request", false]);
    expect(refused.message).toContain("numResults must be less than or equal to 100");

    api.answer({ status: 503, body: "" });
    const down = await searchError(exa.search("hospitals", { limit: 5 }));
    expect([down.kind, down.transient, down.message]).toEqual(["unavailable", true, "Exa is unavailable (503); try again later."]);

    api.answer({ body: JSON.stringify({ requestId: "x", results: [{ url: "https://a.example/", highlights: "not a list" }] }) });
    const strange = await searchError(exa.search("hospitals", { limit: 5 }));
    expect([strange.kind, strange.transient]).toEqual(["bad_response", false]);
    expect(strange.message).toMatch(/^Exa answered with an unexpected body \(results\.0\.highlights: /);
  });
});
