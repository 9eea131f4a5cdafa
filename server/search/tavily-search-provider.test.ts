import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixture, startRecordedApi, type RecordedApi } from "./fixtures/recorded-api";
import { SearchError } from "./search-error";
import type { SearchProvider } from "./search-provider";
import { createTavilySearchProvider } from "./tavily-search-provider";

const apiKey = "tvly-dev-4kQ9zT2xLmP7rW1s";
let api: RecordedApi;
let tavily: SearchProvider;

beforeAll(async () => {
  api = await startRecordedApi();
  tavily = createTavilySearchProvider({ apiKey, baseUrl: api.baseUrl });
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
  api.answer({ body: fixture("tavily-search.json") });
});

const searchError = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("search should fail"), (error: unknown) => error as SearchError);

describe("createTavilySearchProvider", () => {
  it("posts the query with the key as a bearer token and maps Tavily's results", async () => {
    const results = await tavily.search("logistics companies in Brazil", { limit: 4 });

    expect(api.requests).toHaveLength(1);
    const [request] = api.requests;
    expect([request?.method, request?.path]).toEqual(["POST", "/search"]);
    expect(request?.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(request?.headers["content-type"]).toBe("application/json");
    // A basic search costs one credit whatever max_results is, so every page asks for all 20.
    expect(request?.body).toEqual({ query: "logistics companies in Brazil", max_results: 20, search_depth: "basic", include_answer: false });

    expect(results).toEqual([
      {
        url: "https://www.rotasul-logistica.com.br/",
        domain: "rotasul-logistica.com.br",
        title: "Rota Sul Logística | Transporte rodoviário e armazenagem",
        snippet: "A Rota Sul Logística atua há 18 anos no transporte rodoviário de cargas fracionadas e lotação entre o Sul e o Sudeste, com centros de distribuição em Curitiba, Joinville e Campinas.",
      },
      {
        url: "https://cargobridge.com.br/en/about",
        domain: "cargobridge.com.br",
        title: "About us - CargoBridge Brasil",
        snippet:
          "CargoBridge is a Brazilian third-party logistics (3PL) provider offering warehousing, cross-docking and last-mile delivery for e-commerce brands in São Paulo, Rio de Janeiro and Belo Horizonte. Founded in 2012, the company operates 140,000 m² of bonded and general warehouses and a fleet of 600…",
      },
      expect.objectContaining({ domain: "ipe-transportes.com.br", title: "Frota dedicada | Ipê Transportes" }),
      // rotasul-logistica.com.br/sobre (4th in Tavily's answer) is the same company as the 1st.
      expect.objectContaining({ domain: "logmaxx.com", url: "https://www.logmaxx.com/brazil" }),
    ]);
    expect(results[1]!.snippet.length).toBeLessThanOrEqual(300);
  });

  it("pages through one answer: every company once, pages full until Tavily's results run out", async () => {
    const pages = [];
    for (let offset = 0; offset < 15; offset += 4) pages.push(await tavily.search("logistics companies in Brazil", { limit: 4, offset }));

    expect(pages.map((page) => page.map((r) => r.domain))).toEqual([
      ["rotasul-logistica.com.br", "cargobridge.com.br", "ipe-transportes.com.br", "logmaxx.com"],
      ["norteverde.log.br", "frigotrans.com.br", "expressocerrado.com.br", "linkedin.com"],
      ["portosecoparana.com.br", "translitoral.com.br"],
      [],
    ]);
    expect(api.requests.map((r) => (r.body as { max_results: number }).max_results)).toEqual([20, 20, 20, 20]);
  });

  it("answers past Tavily's 20 results, and a limit of 0, without spending a request", async () => {
    expect(await tavily.search("logistics companies in Brazil", { limit: 10, offset: 20 })).toEqual([]);
    expect(await tavily.search("logistics companies in Brazil", { limit: 0 })).toEqual([]);
    expect(api.requests).toHaveLength(0);
    await expect(tavily.search("freight", { limit: 5, offset: -1 })).rejects.toThrow(RangeError);
  });

  it("says which variable to fix when Tavily rejects the key, without repeating the key", async () => {
    api.answer({ status: 401, body: fixture("tavily-401.json") });
    const error = await searchError(tavily.search("logistics", { limit: 5 }));
    expect(error).toBeInstanceOf(SearchError);
    expect([error.provider, error.kind, error.transient]).toEqual(["tavily", "auth", false]);
    expect(error.message).toBe('Tavily rejected the API key (401): check TAVILY_API_KEY. Tavily said: "Unauthorized: missing or invalid API key."');
  });

  it("passes on how long a rate limit asks to wait, in seconds or as a date", async () => {
    api.answer({ status: 429, headers: { "retry-after": "7" }, body: fixture("tavily-429.json") });
    const error = await searchError(tavily.search("logistics", { limit: 5 }));
    expect([error.kind, error.retryAfterMs, error.transient]).toEqual(["rate_limited", 7000, true]);
    expect(error.message).toMatch(/^Tavily rate limit reached \(429\); retry in 7 s\. Tavily said: "Your request has been blocked/);

    api.answer({ status: 429, headers: { "retry-after": new Date(Date.now() + 60_000).toUTCString() }, body: fixture("tavily-429.json") });
    const dated = await searchError(tavily.search("logistics", { limit: 5 }));
    expect(dated.retryAfterMs).toBeGreaterThan(55_000);
    expect(dated.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it("treats a spent plan (432) as a rate limit that waiting cannot fix", async () => {
    api.answer({ status: 432, body: fixture("tavily-432.json") });
    const error = await searchError(tavily.search("logistics", { limit: 5 }));
    expect([error.kind, error.transient, error.retryAfterMs]).toEqual(["rate_limited", false, null]);
    expect(error.message).toContain("exceeds your plan's set usage limit");
  });

  it("reports Tavily's own words for a refused query, with the key scrubbed if echoed", async () => {
    api.answer({ status: 400, body: fixture("tavily-400.json") });
    const error = await searchError(tavily.search("x".repeat(500), { limit: 5 }));
    expect([error.kind, error.transient]).toEqual(["bad_request", false]);
    expect(error.message).toBe('Tavily refused the search (400). Tavily said: "Query is too long. Max query length is 400 characters."');

    api.answer({ status: 400, body: JSON.stringify({ detail: { error: `Key ${apiKey} is not allowed to use this endpoint` } }) });
    const echoed = await searchError(tavily.search("logistics", { limit: 5 }));
    expect(echoed.message).not.toContain(apiKey);
    expect(echoed.message).toContain("Key [api key] is not allowed");
  });

  it("calls a server error, a timeout and a refused connection unavailable and transient", async () => {
    api.answer({ status: 500, body: "Internal Server Error", headers: { "content-type": "text/plain" } });
    const serverError = await searchError(tavily.search("logistics", { limit: 5 }));
    expect([serverError.kind, serverError.transient]).toEqual(["unavailable", true]);
    expect(serverError.message).toBe('Tavily is unavailable (500); try again later. Tavily said: "Internal Server Error"');

    api.answer({ hang: true });
    const impatient = createTavilySearchProvider({ apiKey, baseUrl: api.baseUrl, timeoutMs: 200 });
    const timeout = await searchError(impatient.search("logistics", { limit: 5 }));
    expect([timeout.kind, timeout.transient, timeout.message]).toEqual(["unavailable", true, "Tavily did not answer within 0.2 s."]);

    const closed = await startRecordedApi();
    await closed.close();
    const nowhere = createTavilySearchProvider({ apiKey, baseUrl: closed.baseUrl });
    const refused = await searchError(nowhere.search("logistics", { limit: 5 }));
    expect([refused.kind, refused.transient]).toEqual(["unavailable", true]);
    expect(refused.message).toMatch(/^Could not reach Tavily at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)\.$/);
  });

  it("calls a body that is not Tavily's shape a bad response", async () => {
    api.answer({ body: JSON.stringify({ results: [{ title: "No URL", content: "..." }] }) });
    const missingUrl = await searchError(tavily.search("logistics", { limit: 5 }));
    expect([missingUrl.kind, missingUrl.transient]).toEqual(["bad_response", false]);
    expect(missingUrl.message).toMatch(/^Tavily answered with an unexpected body \(results\.0\.url: /);

    api.answer({ body: "<html><body>Please sign in to the Wi-Fi</body></html>", headers: { "content-type": "text/html" } });
    const html = await searchError(tavily.search("logistics", { limit: 5 }));
    expect([html.kind, html.message]).toEqual(["bad_response", "Tavily answered 200 with a body that is not JSON."]);
  });
});
