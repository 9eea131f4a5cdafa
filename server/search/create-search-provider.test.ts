import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSearchProvider } from "./create-search-provider";
import { startRecordedApi, type RecordedApi } from "./fixtures/recorded-api";

const keys = { tavilyApiKey: "tvly-key", exaApiKey: "exa-key", braveApiKey: "brave-key" };

describe("createSearchProvider", () => {
  it("uses the provider SEARCH_PROVIDER names, whatever other keys are set", () => {
    expect(createSearchProvider({ ...keys, provider: "brave" })?.name).toBe("brave");
    expect(createSearchProvider({ ...keys, provider: "exa" })?.name).toBe("exa");
    expect(createSearchProvider({ ...keys, provider: "tavily" })?.name).toBe("tavily");
  });

  it("otherwise takes the first key set, in the order Tavily, Exa, Brave", () => {
    expect(createSearchProvider(keys)?.name).toBe("tavily");
    expect(createSearchProvider({ exaApiKey: "e", braveApiKey: "b" })?.name).toBe("exa");
    expect(createSearchProvider({ braveApiKey: "b" })?.name).toBe("brave");
  });

  it("returns null, meaning the demo web's search, when asked for the demo or when no key is set", () => {
    expect(createSearchProvider({ ...keys, provider: "demo" })).toBeNull();
    expect(createSearchProvider({})).toBeNull();
    expect(createSearchProvider({ tavilyBaseUrl: "http://127.0.0.1:9" })).toBeNull();
  });

  it("refuses a named provider without its key, naming the variable to set", () => {
    expect(() => createSearchProvider({ provider: "tavily", exaApiKey: "e" })).toThrow("SEARCH_PROVIDER=tavily needs TAVILY_API_KEY.");
    expect(() => createSearchProvider({ provider: "exa" })).toThrow("SEARCH_PROVIDER=exa needs EXA_API_KEY.");
    expect(() => createSearchProvider({ provider: "brave", tavilyApiKey: "t" })).toThrow("SEARCH_PROVIDER=brave needs BRAVE_SEARCH_API_KEY.");
  });

  describe("with base URLs set", () => {
    let api: RecordedApi;
    beforeAll(async () => {
      api = await startRecordedApi();
      api.answer((request) => ({ body: JSON.stringify(request.path === "/search" ? { results: [] } : { type: "search" }) }));
    });
    afterAll(() => api.close());

    it("sends each provider's requests, with its own key, to its base URL", async () => {
      const base = { tavilyBaseUrl: api.baseUrl, exaBaseUrl: api.baseUrl, braveBaseUrl: api.baseUrl };
      for (const provider of ["tavily", "exa", "brave"] as const) await createSearchProvider({ ...keys, ...base, provider })!.search("q", { limit: 3 });

      expect(api.requests.map((r) => [r.path, r.headers.authorization ?? r.headers["x-api-key"] ?? r.headers["x-subscription-token"]])).toEqual([
        ["/search", "Bearer tvly-key"],
        ["/search", "exa-key"],
        ["/res/v1/web/search", "brave-key"],
      ]);
    });
  });
});
