import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html";
import { requestDemoSite } from "./request-demo-site";
import { type DemoWeb, startDemoWeb } from "./start-demo-web";
import { syntheticSite } from "./synthetic-site";

let web: DemoWeb;
const get = (host: string, path: string, method?: string) => requestDemoSite(web.port, host, path, { method });

beforeAll(async () => {
  web = await startDemoWeb({ syntheticCount: 50 });
});
afterAll(async () => {
  await web.close();
});

describe("startDemoWeb", () => {
  it("listens on a free loopback port", () => {
    expect(web.port).toBeGreaterThan(0);
    expect(web.origin).toBe(`http://127.0.0.1:${web.port}`);
  });

  it("serves a fixture site's pages by Host header, with or without www. and a port", async () => {
    const home = await get("verdantlogix.com", "/");
    expect(home.status).toBe(200);
    expect(home.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(home.body.toString()).toContain("<title>Verdant Logix |");
    expect(home.headers.server).toBe("nginx/1.24.0");

    const about = await get(`WWW.verdantlogix.com:${web.port}`, "/about");
    expect(about.status).toBe(200);
    expect(about.body.toString()).toContain("two box trucks");

    const post = await get("verdantlogix.com", "/blog/verdant-logix-raises-series-b");
    expect(post.body.toString()).toContain("$38 million Series B");
  });

  it("sends a fixture's declared headers with every page, a list as repeated set-cookie lines", async () => {
    const home = await get("quincemoth-studio.com", "/");
    expect(home.headers.server).toBe("Squarespace");
    expect(home.headers["set-cookie"]?.map((line) => line.split("=")[0])).toEqual(["crumb", "ss_cvr", "ss_cvt"]);
    const about = await get("brightfallow-agri.com", "/about");
    expect(about.headers["x-amz-cf-pop"]).toBe("ORD58-P3");
  });

  it("maps folder indexes, trailing slashes and explicit .html paths to the same files", async () => {
    const journal = await get("quincemoth-studio.com", "/journal/");
    expect(journal.status).toBe(200);
    expect(journal.body.toString()).toContain("We turned ten");
    const legacy = await get("quillmarrow.co.uk", "/people.html");
    expect(legacy.body.toString()).toContain("Margaret Hale");
  });

  it("answers robots.txt as plain text, including a site that disallows everything", async () => {
    const robots = await get("verdantlogix.com", "/robots.txt");
    expect(robots.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(robots.body.toString()).toContain("Disallow: /private/");
    const closed = await get("copperlark-realty.com", "/robots.txt");
    expect(closed.body.toString()).toMatch(/^User-agent: \*\nDisallow: \/\n$/);
  });

  it("404s unknown paths, catalog metadata and escapes from the site folder", async () => {
    for (const path of ["/no-such-page", "/site.json", "/../clinexa-health.io/index.html", "/%2e%2e/clinexa-health.io/index", "/..%2Fclinexa-health.io%2Findex.html", "/.env"]) {
      const res = await get("verdantlogix.com", path);
      expect(res.status, path).toBe(404);
      expect(res.headers["content-type"]).toBe("text/plain; charset=utf-8");
    }
  });

  it("404s hosts that are not in the demo web, with a plain message", async () => {
    const res = await get("example.com", "/");
    expect(res.status).toBe(404);
    expect(res.body.toString()).toBe("Unknown demo host: example.com\n");
  });

  it("serves synthetic sites and 404s pages they do not have", async () => {
    const site = syntheticSite(7);
    const home = await get(site.domain, "/");
    expect(home.status).toBe(200);
    expect(home.body.toString()).toContain(`<h1>${escapeHtml(site.tagline)}</h1>`);
    const robots = await get(site.domain, "/robots.txt");
    expect(robots.body.toString()).toMatch(/^User-agent: \*\n/);
    const missing = site.pages.includes("careers") ? "/pricing" : "/careers";
    expect((await get(site.domain, missing)).status).toBe(404);
  });

  it("only answers GET and HEAD", async () => {
    const res = await get("verdantlogix.com", "/", "POST");
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe("GET, HEAD");
    const head = await get("verdantlogix.com", "/", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it("routes every demo domain to itself and nothing else", () => {
    const target = `127.0.0.1:${web.port}`;
    expect(web.hostOverride("verdantlogix.com")).toBe(target);
    expect(web.hostOverride("www.rotaseriema-logistica.com.br")).toBe(target);
    expect(web.hostOverride(syntheticSite(49).domain)).toBe(target);
    expect(web.hostOverride("gigantomire-press.com")).toBe(target);
    expect(web.hostOverride(syntheticSite(50).domain)).toBeNull();
    expect(web.hostOverride("example.com")).toBeNull();
    expect(web.hostOverride("verdantlogix.com.evil.test")).toBeNull();
  });
});
