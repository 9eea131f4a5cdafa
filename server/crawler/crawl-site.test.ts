import { afterEach, describe, expect, it } from "vitest";
import { crawlSite } from "./crawl-site";
import { fingerprintHeaders, maxHeaderValueLength } from "./fingerprint-headers";
import { respond, startTestSite, type TestRoute, type TestSite } from "./testing/start-test-site";

const domain = "acmewidgets.com";
let site: TestSite | null = null;
afterEach(async () => {
  await site?.close();
  site = null;
});

const longLink = Array.from({ length: 40 }, (_, i) => `</assets/chunk-${i}.js>; rel=preload; as=script`).join(", ");

/** A page served with the headers and cookies a real stack sends, secrets included. */
function withHeaders(body: string, headers: Record<string, string | string[]>): TestRoute {
  return (_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", ...headers });
    response.end(body);
  };
}

describe("crawlSite keeps what the response says about the stack", () => {
  it("keeps allow-listed headers (capped) and cookie names, never cookie values or other headers", async () => {
    site = await startTestSite(
      {
        "/robots.txt": respond("User-agent: *\nAllow: /\n", "text/plain"),
        "/": withHeaders('<a href="/about">About</a>', {
          server: "nginx/1.25.3",
          "x-powered-by": "PHP/8.3.1",
          "cf-ray": "8f1a2b3c4d5e6f70-GRU",
          link: longLink,
          "set-cookie": ["PHPSESSID=s3cr3t-session-value; path=/; HttpOnly", "__cf_bm=another-secret; path=/", "PHPSESSID=again; path=/"],
          "x-api-key": "do-not-keep",
          "content-security-policy": "default-src 'self'",
        }),
        "/about": withHeaders("<p>About us</p>", { server: "Apache", "x-served-by": "cache-gru1930042-GRU" }),
      },
      [domain],
    );
    const { pages } = await crawlSite(domain, { allowPrivateNetworks: true, hostOverrides: site.hostOverrides });

    const [home, about] = pages;
    expect(home!.headers).toEqual({
      server: "nginx/1.25.3",
      "x-powered-by": "PHP/8.3.1",
      "cf-ray": "8f1a2b3c4d5e6f70-GRU",
      link: longLink.slice(0, maxHeaderValueLength),
    });
    expect(longLink.length).toBeGreaterThan(maxHeaderValueLength);
    expect(home!.cookies).toEqual(["PHPSESSID", "__cf_bm"]);
    expect(JSON.stringify(home)).not.toMatch(/s3cr3t|another-secret|do-not-keep|default-src/);
    // Each page keeps its own response's headers, not the home page's.
    expect(about).toMatchObject({ kind: "about", headers: { server: "Apache", "x-served-by": "cache-gru1930042-GRU" }, cookies: [] });
  });

  it("keeps the headers of the answer that served the page, not of a redirect before it", async () => {
    site = await startTestSite(
      {
        "/robots.txt": respond("User-agent: *\nAllow: /\n", "text/plain"),
        "/": (_request, response) => {
          response.writeHead(301, { location: "/home", server: "hop-proxy", "set-cookie": "hop=1; path=/" });
          response.end();
        },
        "/home": withHeaders("<p>Welcome</p>", { server: "Caddy" }),
      },
      [domain],
    );
    const { pages } = await crawlSite(domain, { allowPrivateNetworks: true, hostOverrides: site.hostOverrides });
    expect(pages[0]).toMatchObject({ finalUrl: `http://${domain}/home`, headers: { server: "Caddy" }, cookies: [] });
  });
});

describe("fingerprintHeaders", () => {
  it("joins repeated headers, drops empty ones and reads lower-cased names", () => {
    expect(fingerprintHeaders({ Via: ["1.1 varnish", "1.1 abc.cloudfront.net (CloudFront)"], server: "  ", "X-Powered-By": "Express" })).toEqual({
      headers: { via: "1.1 varnish, 1.1 abc.cloudfront.net (CloudFront)", "x-powered-by": "Express" },
      cookies: [],
    });
  });

  it("ignores set-cookie lines without a valid name", () => {
    const { cookies } = fingerprintHeaders({ "set-cookie": ["=orphan-value", "no-equals-sign", "bad name=x", "ok_name=v; Secure", `${"a".repeat(101)}=x`] });
    expect(cookies).toEqual(["ok_name"]);
  });
});
