import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CatalogSite } from "./catalog-site";
import { loadFixtureSites } from "./load-fixture-sites";
import { requestDemoSite } from "./request-demo-site";
import { type DemoWeb, startDemoWeb } from "./start-demo-web";

type Crawled = { site: CatalogSite; pages: Map<string, string>; robots: string };

let web: DemoWeb;
let crawled: Crawled[];

/** Every page reachable from "/" through same-site links; a link that 404s fails the crawl. */
async function crawl(site: CatalogSite): Promise<Crawled> {
  const pages = new Map<string, string>();
  const queue = ["/"];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const page = queue.shift() as string;
    const res = await requestDemoSite(web.port, site.domain, page);
    if (res.status !== 200) throw new Error(`${site.domain}${page} answered ${res.status}`);
    const html = res.body.toString("utf8");
    pages.set(page, html);
    for (const [, href] of html.matchAll(/href=["']([^"']+)["']/gi)) {
      if (!href || /^(https?:|mailto:|tel:|\/\/)/i.test(href)) continue;
      const target = new URL(href, `http://${site.domain}${page}`).pathname;
      // Theme assets are referenced like on real sites but not stored.
      if (/^\/(wp-|_next\/)/.test(target) || seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  const robots = (await requestDemoSite(web.port, site.domain, "/robots.txt")).body.toString();
  return { site, pages, robots };
}

beforeAll(async () => {
  web = await startDemoWeb({ syntheticCount: 0 });
  const fixtures = await loadFixtureSites(path.join(process.cwd(), "demo-web", "sites"));
  crawled = await Promise.all(fixtures.map(crawl));
});
afterAll(async () => {
  await web.close();
});

const all = (html: Iterable<string>) => [...html].join("\n");

describe("the fixture sites", () => {
  it("link only to pages that exist, and each page stays small", () => {
    for (const { site, pages } of crawled) {
      expect(pages.size, site.domain).toBeGreaterThanOrEqual(2);
      for (const [page, html] of pages) expect(Buffer.byteLength(html), `${site.domain}${page}`).toBeLessThan(8_000);
    }
  });

  it("name the company on the home page", () => {
    const escape = (s: string) => s.replace(/&/g, "&amp;");
    for (const { site, pages } of crawled) expect(pages.get("/"), site.domain).toContain(escape(site.name));
  });

  it("carry parseable JSON-LD Organization on about half, and one site a malformed block", () => {
    let withOrganization = 0;
    const malformed = new Set<string>();
    for (const { site, pages } of crawled) {
      const blocks = [...all(pages.values()).matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
      const parsed = blocks.flatMap((text) => {
        try {
          return [JSON.parse(text) as unknown];
        } catch {
          malformed.add(site.domain);
          return [];
        }
      });
      if (JSON.stringify(parsed).includes('"@type":"Organization"')) withOrganization++;
    }
    expect(withOrganization / crawled.length).toBeGreaterThan(0.4);
    expect(withOrganization / crawled.length).toBeLessThan(0.65);
    expect([...malformed]).toEqual(["harborkiln-ceramics.com"]);
  });

  it("mostly describe themselves with Open Graph and meta description", () => {
    const og = crawled.filter(({ pages }) => pages.get("/")?.includes('property="og:title"')).length;
    const meta = crawled.filter(({ pages }) => /<meta name="description"/i.test(pages.get("/") ?? "")).length;
    expect(og / crawled.length).toBeGreaterThan(0.6);
    expect(meta / crawled.length).toBeGreaterThan(0.6);
  });

  it("give contact details, named people and dated posts to find", () => {
    const text = crawled.map(({ pages }) => all(pages.values()));
    expect(text.filter((t) => /@[a-z0-9-]+\.[a-z.]+|\[at\]|&#64;/.test(t)).length).toBe(crawled.length);
    expect(text.filter((t) => /\+55 \d{2} \d{4}-\d{4}|\(\d{2}\) 9?\d{4}-\d{4}/.test(t)).length).toBeGreaterThanOrEqual(10);
    expect(text.filter((t) => /Series [AB]|seed round|Série [AB]|rodada seed/i.test(t)).length).toBeGreaterThanOrEqual(8);
    expect(text.filter((t) => /datetime="2026-\d\d-\d\d/.test(t)).length).toBeGreaterThanOrEqual(15);
  });

  it("have robots.txt rules of every kind", () => {
    const rules = crawled.map((c) => c.robots);
    expect(rules.filter((r) => /User-agent: \*\nDisallow: \/$/m.test(r))).toHaveLength(1);
    expect(rules.filter((r) => r.includes("Disallow: /private/")).length).toBeGreaterThanOrEqual(3);
    expect(rules.filter((r) => r.includes("Disallow: /admin")).length).toBeGreaterThanOrEqual(3);
    expect(rules.some((r) => r.trim() === "")).toBe(true);
  });
});
