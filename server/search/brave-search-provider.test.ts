import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBraveSearchProvider } from "./brave-search-provider";
import { fixture, startRecordedApi, type RecordedApi, type SeenRequest } from "./fixtures/recorded-api";
import type { SearchError } from "./search-error";
import type { SearchProvider } from "./search-provider";

const apiKey = "BSAq8xK2mW9vT4rL7nP3zY6cF1hJ5dG0";
const query = "freight forwarders São Paulo";
let api: RecordedApi;
let brave: SearchProvider;

/** The recorded answer holds Brave's top 20; other pages are cut from them the way Brave pages (`offset` pages of `count`). */
function replayPage(request: SeenRequest) {
  const recorded = JSON.parse(fixture("brave-search.json")) as { web: { results: unknown[] } };
  const count = Number(request.query.get("count") ?? 20);
  const page = Number(request.query.get("offset") ?? 0);
  const results = recorded.web.results.slice(page * count, page * count + count);
  return { body: JSON.stringify({ ...recorded, web: { ...recorded.web, results } }) };
}

const asked = () => api.requests.map((r) => ({ count: r.query.get("count"), offset: r.query.get("offset") }));
const domains = (results: { domain: string }[]) => results.map((r) => r.domain);
const searchError = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("search should fail"), (error: unknown) => error as SearchError);

beforeAll(async () => {
  api = await startRecordedApi();
  brave = createBraveSearchProvider({ apiKey, baseUrl: api.baseUrl });
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
  api.answer(replayPage);
});

describe("createBraveSearchProvider", () => {
  it("gets the query with the subscription token and maps Brave's results without their markup", async () => {
    const results = await brave.search(query, { limit: 6 });

    const [request] = api.requests;
    expect([request?.method, request?.path]).toEqual(["GET", "/res/v1/web/search"]);
    expect(request?.headers["x-subscription-token"]).toBe(apiKey);
    expect(request?.headers.accept).toBe("application/json");
    expect(Object.fromEntries(request!.query)).toEqual({ q: query, count: "20", offset: "0", result_filter: "web" });

    expect(results).toEqual([
      {
        url: "https://www.andesfreight.com.br/",
        domain: "andesfreight.com.br",
        title: "Andes Freight | Freight Forwarder in São Paulo",
        snippet: "Andes Freight is a freight forwarder based in São Paulo handling ocean & air imports through Santos and Guarulhos since 2009.",
      },
      {
        url: "https://www.transmarfreight.com/en/offices/sao-paulo",
        domain: "transmarfreight.com",
        title: "São Paulo Office - Transmar Freight",
        snippet: "Our São Paulo team offers FCL/LCL consolidation, customs clearance and door-to-door delivery across Brazil & Mercosur.",
      },
      // Brave's 3rd result, Andes Freight's contact page, is the same company as the 1st.
      expect.objectContaining({ domain: "guarulhoscargo.com.br" }),
      expect.objectContaining({ domain: "paulistalog.com.br", snippet: expect.stringMatching(/^Freight forwarding, desembaraço aduaneiro/) }),
      expect.objectContaining({ domain: "cosmocargo.com", snippet: "Cosmo Cargo's network of 120 agents covers Latin America, with its Brazilian hub in São Paulo." }),
    ]);
  });

  it("turns item offsets into Brave's page numbers, dropping companies an earlier result already named", async () => {
    const second = await brave.search(query, { limit: 10, offset: 10 });
    expect(asked()).toEqual([{ count: "20", offset: "0" }]);
    // Transmar's air freight page (16th) repeats the 2nd result's company.
    expect(domains(second)).toEqual([
      "atlanticbridge-logistics.com",
      "econodata.com.br",
      "vialivre-transportes.com.br",
      "tietecargo.com.br",
      "dellafreight.com",
      "brasilcomex.net",
      "primaoceanlogistics.com.br",
      "greencargo.com.br",
      "jundiaiexpress.com.br",
    ]);

    api.requests.length = 0;
    // Ranks 15-24 straddle pages of 20; the pages of 13 that hold them start earliest (rank 13).
    const straddling = await brave.search(query, { limit: 10, offset: 15 });
    expect(asked()).toEqual([{ count: "13", offset: "1" }]);
    // Transmar's 2nd rank was not fetched this time, so its 16th-rank page stands for the company here.
    expect(domains(straddling)).toEqual(["transmarfreight.com", "brasilcomex.net", "primaoceanlogistics.com.br", "greencargo.com.br", "jundiaiexpress.com.br"]);
  });

  it("asks for consecutive pages when one cannot hold the window, and nothing past Brave's 200th result", async () => {
    const wide = await brave.search(query, { limit: 30 });
    expect(asked()).toEqual([{ count: "20", offset: "0" }, { count: "20", offset: "1" }]);
    // Brave had nothing past its 20th result; 3 of the 20 repeat a company.
    expect(wide).toHaveLength(17);

    api.requests.length = 0;
    await brave.search(query, { limit: 10, offset: 195 });
    expect(asked()).toEqual([{ count: "20", offset: "9" }]);

    api.requests.length = 0;
    expect(await brave.search(query, { limit: 10, offset: 200 })).toEqual([]);
    expect(api.requests).toHaveLength(0);
  });

  it("maps Brave's errors, naming BRAVE_SEARCH_API_KEY when the token is refused", async () => {
    api.answer({ status: 401, body: fixture("brave-401.json") });
    const auth = await searchError(brave.search(query, { limit: 5 }));
    expect([auth.provider, auth.kind, auth.transient]).toEqual(["brave", "auth", false]);
    expect(auth.message).toBe('Brave Search rejected the API key (401): check BRAVE_SEARCH_API_KEY. Brave Search said: "The provided subscription token is invalid."');

    api.answer({ status: 429, headers: { "retry-after": "7" }, body: fixture("brave-429.json") });
    const limited = await searchError(brave.search(query, { limit: 5 }));
    expect([limited.kind, limited.retryAfterMs, limited.transient]).toEqual(["rate_limited", 7000, true]);
    expect(limited.message).toContain("Request rate limit exceeded for plan.");

    api.answer({ status: 422, body: fixture("brave-422.json") });
    const invalid = await searchError(brave.search(query, { limit: 5 }));
    expect([invalid.kind, invalid.message]).toEqual([
      "bad_request",
      'Brave Search refused the search (422). Brave Search said: "Unable to validate request parameter(s) (query.count: Input should be less than or equal to 20)"',
    ]);

    api.answer({ status: 500, body: "" });
    const down = await searchError(brave.search(query, { limit: 5 }));
    expect([down.kind, down.transient]).toEqual(["unavailable", true]);

    api.answer({ body: JSON.stringify({ type: "search", web: { type: "search", results: { title: "not a list" } } }) });
    const strange = await searchError(brave.search(query, { limit: 5 }));
    expect([strange.kind, strange.message]).toEqual(["bad_response", "Brave Search answered with an unexpected body (web.results: Invalid input: expected array, received object)."]);
  });

  it("waits for the spent window of Brave's rate-limit headers when there is no retry-after", async () => {
    // Brave's headers: one value per window, per second then per month.
    api.answer({ status: 429, headers: { "x-ratelimit-remaining": "0, 1943", "x-ratelimit-reset": "1, 1419704" }, body: fixture("brave-429.json") });
    const perSecond = await searchError(brave.search(query, { limit: 5 }));
    expect(perSecond.retryAfterMs).toBe(1000);

    api.answer({ status: 429, headers: { "x-ratelimit-remaining": "1, 0", "x-ratelimit-reset": "1, 1419704" }, body: fixture("brave-429.json") });
    const monthSpent = await searchError(brave.search(query, { limit: 5 }));
    expect(monthSpent.retryAfterMs).toBe(1_419_704_000);
    expect(monthSpent.message).toMatch(/^Brave Search rate limit reached \(429\); retry in 16 days\./);
  });

  it("reads an answer without web results as no results", async () => {
    api.answer({ body: JSON.stringify({ type: "search", query: { original: "zzqx", more_results_available: false } }) });
    expect(await brave.search("zzqx", { limit: 5 })).toEqual([]);
  });
});
