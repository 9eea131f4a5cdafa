import { describe, expect, it } from "vitest";
import { cacheSearchResults } from "./cache-search-results";
import type { SearchProvider } from "./search-provider";

function countingProvider(fail = false) {
  const calls: string[] = [];
  const provider: SearchProvider = {
    name: "counting",
    async search(query, opts) {
      calls.push(`${query}@${opts.offset ?? 0}`);
      if (fail) throw new Error("down");
      return [{ url: `https://${query}.com/`, domain: `${query}.com`, title: query, snippet: "" }];
    },
  };
  return { provider, calls };
}

describe("search result cache", () => {
  it("asks the provider once per query and page within the time to live, and again after it", async () => {
    let clock = 0;
    const { provider, calls } = countingProvider();
    const cached = cacheSearchResults(provider, { ttlMs: 1_000, now: () => clock });
    await cached.search("a", { limit: 10 });
    await cached.search("a", { limit: 10 });
    await cached.search("a", { limit: 10, offset: 10 });
    expect(calls).toEqual(["a@0", "a@10"]);
    clock = 1_500;
    expect(await cached.search("a", { limit: 10 })).toEqual([{ url: "https://a.com/", domain: "a.com", title: "a", snippet: "" }]);
    expect(calls).toEqual(["a@0", "a@10", "a@0"]);
  });

  it("does not keep failures, and forgets the oldest entries past its size", async () => {
    const failing = countingProvider(true);
    const cached = cacheSearchResults(failing.provider);
    await expect(cached.search("x", { limit: 5 })).rejects.toThrow("down");
    await expect(cached.search("x", { limit: 5 })).rejects.toThrow("down");
    expect(failing.calls).toHaveLength(2);

    const { provider, calls } = countingProvider();
    const small = cacheSearchResults(provider, { maxEntries: 2 });
    for (const q of ["a", "b", "c", "a"]) await small.search(q, { limit: 1 });
    expect(calls).toEqual(["a@0", "b@0", "c@0", "a@0"]);
  });
});
