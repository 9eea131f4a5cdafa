import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprintHeaders, type FingerprintHeaders } from "@/server/crawler/fingerprint-headers";
import { renderSyntheticPage } from "@/server/demo-web/render-synthetic-page";
import { type DemoWeb, startDemoWeb } from "@/server/demo-web/start-demo-web";
import { syntheticSite } from "@/server/demo-web/synthetic-site";
import type { AgentInput, CrawledPage } from "./agent";
import { siteCrawler } from "./site-crawler";
import { techFixtureAnswers } from "./tech/fixture-answers";
import { type DetectedTech, techStackDetector } from "./tech-stack-detector";

const sitesDir = path.join(process.cwd(), "demo-web/sites");

function page(domain: string, urlPath: string, html: string, extras: Partial<FingerprintHeaders> = {}): CrawledPage {
  const url = `https://${domain}${urlPath}`;
  return { url, finalUrl: url, status: 200, contentType: "text/html", kind: urlPath === "/" ? "home" : "other", title: null, html, text: "", bytes: html.length, fetchedAt: "2026-11-01T00:00:00.000Z", ...extras };
}

/** Each fixture file as the crawler would keep it: its markup, and what it keeps of the site.json headers. */
function fixturePages(domain: string): CrawledPage[] {
  const root = path.join(sitesDir, domain);
  const site = JSON.parse(readFileSync(path.join(root, "site.json"), "utf8")) as { headers?: Record<string, string | string[]> };
  const extras = fingerprintHeaders(site.headers ?? {});
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? walk(path.join(dir, f)) : [path.join(dir, f)]));
  return walk(root)
    .filter((file) => file.endsWith(".html"))
    .sort((a, b) => (a.endsWith("/index.html") ? -1 : b.endsWith("/index.html") ? 1 : a.localeCompare(b)))
    .map((file) => {
      const rel = path.relative(root, file).replace(/(index)?\.html$/, "").replace(/\/$/, "");
      return page(domain, `/${rel}`, readFileSync(file, "utf8"), extras);
    });
}

function syntheticPages(index: number): CrawledPage[] {
  const site = syntheticSite(index);
  return site.pages.map((p) => page(site.domain, p === "home" ? "/" : `/${p}`, renderSyntheticPage(site, p === "home" ? "/" : `/${p}`)!.body));
}

async function detect(pages: CrawledPage[]) {
  const input: AgentInput = { lead: { id: "l", workspaceId: "w", domain: "x", companyName: null }, facts: [], pages, env: { allowPrivateNetworks: true } };
  const output = await techStackDetector.run(input);
  const stack = (output.facts.find((f) => f.key === "tech.stack")?.value ?? []) as DetectedTech[];
  return { output, stack, names: stack.map((t) => t.name).sort() };
}

const fixtureStacks = techFixtureAnswers;
// Sites whose stack is partly or only told by headers and cookies, read through the real crawler below.
const headerSites = ["brightfallow-agri.com", "jacarandalilas.com.br", "quincemoth-studio.com", "semeare.agr.br", "casaipeamarelo.com.br"];
const syntheticStacks = [["Google Analytics 4"], ["HubSpot"], ["WordPress"], []];

describe("tech stack detector", () => {
  it.each(Object.entries(fixtureStacks))("finds exactly the technologies %s uses", async (domain, expected) => {
    const { names } = await detect(fixturePages(domain));
    expect(names).toEqual([...expected].sort());
  });

  it("credits each technology to the first page, with evidence, sorted by category then name", async () => {
    const { stack, output } = await detect(fixturePages("ravenholtmutual.co.uk"));
    expect(stack.map((t) => `${t.category}/${t.name}`)).toEqual([
      "Chat & support/Zendesk", "CMS/WordPress", "Consent/Cookiebot", "Tag manager/Google Tag Manager", "Web server/Apache", "Web server/PHP",
    ]);
    expect(stack.find((t) => t.name === "WordPress")).toMatchObject({ evidence: 'meta generator "WordPress 6.6.2"', sourceUrl: "https://ravenholtmutual.co.uk/", confidence: 0.9 });
    expect(output.facts[0]).toMatchObject({ method: "fingerprint", confidence: 0.9 });
    expect(output.message).toBe("Detected 6 technologies: WordPress, Zendesk, Cookiebot, Google Tag Manager, Apache, …");
  });

  it("does not take a technology named in prose for one in use", async () => {
    const { names } = await detect([page("a.com", "/", "<html><body><p>We build on Webflow and WordPress, with React and Stripe.</p></body></html>")]);
    expect(names).toEqual([]);
  });

  it("rates a loose markup pattern lower than a script", async () => {
    const { stack } = await detect([page("a.com", "/", '<html><body><div ng-version="17.1.0"></div></body></html>')]);
    expect(stack).toEqual([{ name: "Angular", category: "JavaScript framework", evidence: 'HTML ng-version="', sourceUrl: "https://a.com/", confidence: 0.6 }]);
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7])("finds the script the generator put on synthetic site %i", async (index) => {
    const { names } = await detect(syntheticPages(index));
    expect(names).toEqual(syntheticStacks[index % 4]);
  });

  it("reports its accuracy over the fixtures and 200 synthetic sites", async () => {
    let expectedCount = 0, found = 0, extra = 0;
    const cases: [CrawledPage[], string[]][] = [
      ...Object.entries(fixtureStacks).map(([domain, names]): [CrawledPage[], string[]] => [fixturePages(domain), names]),
      ...Array.from({ length: 200 }, (_, i): [CrawledPage[], string[]] => [syntheticPages(i), syntheticStacks[i % 4] ?? []]),
    ];
    for (const [pages, expected] of cases) {
      const { names } = await detect(pages);
      expectedCount += expected.length;
      found += expected.filter((n) => names.includes(n)).length;
      extra += names.filter((n) => !expected.includes(n)).length;
    }
    const recall = found / expectedCount;
    const precision = found / (found + extra);
    console.info(`tech-stack-detector: ${found}/${expectedCount} known technologies found (${(recall * 100).toFixed(1)}%), ${extra} unexpected (precision ${(precision * 100).toFixed(1)}%) over ${cases.length} sites`);
    expect(recall).toBeGreaterThan(0.95);
    expect(precision).toBeGreaterThan(0.95);
  });
});

describe("tech stack detector on response headers and cookies", () => {
  const bare = "<html><body><p>Hello</p></body></html>";
  const fromResponse = (headers: Record<string, string | string[]>) => detect([page("a.com", "/", bare, fingerprintHeaders(headers))]);

  it.each([
    [{ server: "cloudflare" }, "Cloudflare"],
    [{ "cf-ray": "8f1a2b3c4d5e6f70-GRU" }, "Cloudflare"],
    [{ "x-vercel-id": "gru1::iad1::abcde-1761955200000-0123456789ab" }, "Vercel"],
    [{ server: "nginx/1.25.3" }, "Nginx"],
    [{ server: "Apache/2.4.58 (Debian)" }, "Apache"],
    [{ "x-powered-by": "PHP/8.3.1" }, "PHP"],
    [{ "x-powered-by": "Express" }, "Express"],
    [{ "x-powered-by": "ASP.NET" }, "ASP.NET"],
    [{ "x-shopify-stage": "production" }, "Shopify"],
    [{ link: '<https://a.com/wp-json/>; rel="https://api.w.org/"' }, "WordPress"],
    [{ "x-powered-by": "Next.js" }, "Next.js"],
    [{ "x-nextjs-cache": "HIT" }, "Next.js"],
    [{ "x-varnish": "318827341 318820012" }, "Varnish"],
    [{ "x-served-by": "cache-lhr7339-LHR" }, "Fastly"],
    [{ "x-amz-cf-id": "Qx3dM1AbCdEfZk9LwR2vT8yN4hJ6cA0pE5sU7gB1fD3==" }, "Amazon CloudFront"],
    [{ "set-cookie": ["PHPSESSID=abc123; path=/"] }, "PHP"],
    [{ "set-cookie": "ASP.NET_SessionId=xyz; path=/; HttpOnly" }, "ASP.NET"],
    [{ "set-cookie": ["_shopify_y=1f2e; Path=/", "_shopify_s=9a8b; Path=/"] }, "Shopify"],
    [{ "set-cookie": "__cf_bm=token; path=/; domain=.a.com" }, "Cloudflare"],
  ])("reads %j as %s", async (headers, expected) => {
    const { names, stack } = await fromResponse(headers);
    expect(names).toEqual([expected]);
    expect(stack[0]).toMatchObject({ confidence: 0.9, evidence: expect.stringMatching(/^(header|cookie) /) });
  });

  it.each([
    [{ server: "Apache-Coyote/1.1" }],
    [{ "x-served-by": "web-03" }],
    [{ "content-security-policy": "script-src https://cdn.shopify.com https://js.stripe.com" }],
    [{ "set-cookie": "session=PHPSESSID; path=/" }],
  ])("does not take %j for a technology", async (headers) => {
    const { names } = await fromResponse(headers);
    expect(names).toEqual([]);
  });

  it("names the cookie, never its value, as evidence", async () => {
    const { stack } = await detect(fixturePages("jacarandalilas.com.br"));
    expect(stack.find((t) => t.name === "PHP")).toMatchObject({ evidence: "cookie PHPSESSID", confidence: 0.9 });
    expect(JSON.stringify(stack)).not.toContain("9f1c2b7e4d3a6c5b8e0f1a2d3c4b5a69");
  });
});

describe("tech stack detector after the real crawler read the demo web", () => {
  let web: DemoWeb;
  beforeAll(async () => {
    web = await startDemoWeb({ syntheticCount: 0 });
  });
  afterAll(async () => {
    await web.close();
  });

  it.each(headerSites)("finds the header and cookie technologies of %s as well as those in its markup", async (domain) => {
    const crawled = await siteCrawler.run({
      lead: { id: "l", workspaceId: "w", domain, companyName: null },
      facts: [],
      pages: [],
      env: { allowPrivateNetworks: true, hostOverrides: web.hostOverride },
    });
    const home = crawled.pages![0]!;
    expect(home.headers?.server).toBeTruthy();
    const { names, stack } = await detect(crawled.pages!);
    expect(names).toEqual([...fixtureStacks[domain]!].sort());
    expect(stack.every((tech) => tech.sourceUrl.startsWith(`http://${domain}/`))).toBe(true);
  });
});
