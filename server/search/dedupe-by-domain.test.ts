import { describe, expect, it } from "vitest";
import { dedupeByDomain, toSearchResult } from "./dedupe-by-domain";

const result = (domain: string, title: string) => ({ url: `https://${domain}/`, domain, title, snippet: "" });

describe("dedupeByDomain", () => {
  it("keeps each domain's first result, in the order given", () => {
    const results = [result("a.com.br", "A home"), result("b.io", "B"), result("a.com.br", "A blog"), result("c.com", "C"), result("b.io", "B pricing")];
    expect(dedupeByDomain(results).map((r) => r.title)).toEqual(["A home", "B", "C"]);
    expect(dedupeByDomain([])).toEqual([]);
  });
});

describe("toSearchResult", () => {
  it("names the domain lower-case without www., whatever the URL's case", () => {
    expect(toSearchResult({ url: "https://WWW.Acme-Logistica.COM.br./sobre?x=1", title: "Acme", snippet: "Fretes" })).toEqual({
      url: "https://www.acme-logistica.com.br./sobre?x=1",
      domain: "acme-logistica.com.br",
      title: "Acme",
      snippet: "Fretes",
    });
    expect(toSearchResult({ url: "http://www2.example.com/" })?.domain).toBe("www2.example.com");
    expect(toSearchResult({ url: "https://shop.www.example.com/" })?.domain).toBe("shop.www.example.com");
  });

  it("skips what discovery cannot crawl", () => {
    for (const url of ["ftp://files.example.com/a.pdf", "mailto:sales@example.com", "javascript:alert(1)", "not a url", "//example.com/"]) {
      expect(toSearchResult({ url, title: "x" }), url).toBeNull();
    }
  });

  it("turns markup and entities into plain text, and falls back to the domain for a missing title", () => {
    const hit = toSearchResult({
      url: "https://example.com.br/",
      title: null,
      snippet: "<strong>Logística</strong> em S&atilde;o Paulo &amp; Rio:<br>frete &#x27;porta a porta&#x27;   &lt;24h&gt;",
    });
    expect(hit).toMatchObject({ title: "example.com.br", snippet: "Logística em São Paulo & Rio: frete 'porta a porta' <24h>" });
  });

  it("cuts a long snippet near 300 characters at a word, marked with an ellipsis", () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(" ");
    const { snippet } = toSearchResult({ url: "https://example.com/", title: "t", snippet: words })!;
    expect(snippet.length).toBeLessThanOrEqual(300);
    expect(snippet.length).toBeGreaterThan(280);
    expect(snippet.endsWith("…")).toBe(true);
    expect(words.startsWith(snippet.slice(0, -1))).toBe(true);
    expect(words[snippet.length - 1]).toBe(" ");
  });
});
