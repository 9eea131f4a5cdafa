import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { defaultCrawlLimits } from "@/server/crawler/crawl-limits";
import { redirect, respond, startTestSite, type TestRoute, type TestSite } from "@/server/crawler/testing/start-test-site";
import { AgentFailure, type AgentInput } from "./agent";
import { createSiteCrawler } from "./site-crawler";

const domain = "hostile-site.com";
// The drip test would take the production 10 s; everything else keeps the production limits.
const crawler = createSiteCrawler({ limits: { pageTimeoutMs: 400 } });
let site: TestSite | null = null;
afterEach(async () => {
  await site?.close();
  site = null;
});

async function crawlHome(home: TestRoute, extra: Record<string, TestRoute> = {}) {
  site = await startTestSite({ "/": home, ...extra }, [domain]);
  const testSite = site;
  const input: AgentInput = {
    lead: { id: "lead-1", workspaceId: "ws-1", domain, companyName: null },
    facts: [],
    pages: [],
    env: { allowPrivateNetworks: true, hostOverrides: (host) => testSite.hostOverrides(host) },
  };
  const startedAt = Date.now();
  const error = await crawler.run(input).then(
    () => null,
    (caught: unknown) => caught,
  );
  return { error: error as Error, elapsedMs: Date.now() - startedAt };
}

function expectUnreadable(error: Error, cause: RegExp) {
  expect(error).toBeInstanceOf(AgentFailure);
  expect((error as AgentFailure).reason).toBe("site_unreadable");
  expect(error.message).toMatch(new RegExp(`^Could not read the home page of ${domain}: `));
  expect(error.message).toMatch(cause);
}

function stream(total: number, counter: { sent: number; finished: boolean }): TestRoute {
  const chunk = Buffer.from(`<p>${"a".repeat(64 * 1024 - 7)}</p>`);
  return (_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.write("<html><body>");
    const pump = () => {
      while (counter.sent < total) {
        if (response.destroyed) return;
        counter.sent += chunk.length;
        if (!response.write(chunk)) return void response.once("drain", pump);
      }
      counter.finished = true;
      response.end();
    };
    pump();
  };
}

describe("site crawler against hostile or broken home pages", () => {
  it("keeps the production limits at 10 pages, 2 MB, 10 s and 5 redirects", () => {
    expect(defaultCrawlLimits).toMatchObject({ maxPages: 10, maxBytes: 2 * 1024 * 1024, pageTimeoutMs: 10_000, maxRedirects: 5 });
  });

  it("fails a home page that answers 500", async () => {
    const { error } = await crawlHome(respond("<h1>Internal error</h1>", "text/html", 500));
    expectUnreadable(error, /the server answered 500/);
  });

  it("throws a retryable error, not a failure, for a home page that answers 503", async () => {
    const { error } = await crawlHome(respond("busy", "text/html", 503));
    expect(error).not.toBeInstanceOf(AgentFailure);
    expect(error.message).toMatch(/the server answered 503/);
  });

  it("aborts a 20 MB page after 2 MB without reading the rest", async () => {
    const counter = { sent: 0, finished: false };
    const { error } = await crawlHome(stream(20 * 1024 * 1024, counter));
    expectUnreadable(error, /page larger than 2 MB/);
    // Socket buffers hold some in flight; a reader that kept going would have taken all 20 MB.
    expect(counter.finished).toBe(false);
    expect(counter.sent).toBeLessThan(8 * 1024 * 1024);
  });

  it("refuses a page that declares more than 2 MB before reading it", async () => {
    const { error } = await crawlHome((_request, response) => {
      response.writeHead(200, { "content-type": "text/html", "content-length": String(3 * 1024 * 1024) });
      response.write("<html>");
    });
    expectUnreadable(error, /page larger than 2 MB/);
  });

  it("stops decompressing a gzip bomb at 2 MB", async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, "a"));
    const { error } = await crawlHome((_request, response) => {
      response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      response.end(bomb);
    });
    expectUnreadable(error, /page larger than 2 MB/);
  });

  it("aborts a page that drips bytes forever at the page deadline", async () => {
    const { error, elapsedMs } = await crawlHome((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      const timer = setInterval(() => response.write("<p>"), 20);
      response.on("close", () => clearInterval(timer));
    });
    expectUnreadable(error, /took longer than 400 ms/);
    expect(elapsedMs).toBeGreaterThanOrEqual(400);
    expect(elapsedMs).toBeLessThan(2_000);
  });

  it("refuses binary content labelled as HTML", async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(500, 7)]);
    const { error } = await crawlHome(respond(png, "text/html"));
    expectUnreadable(error, /binary, not a web page/);
  });

  it("refuses a content type that is not HTML, without reading it", async () => {
    const { error } = await crawlHome(respond("%PDF-1.7 ...", "application/pdf"));
    expectUnreadable(error, /application\/pdf, not a web page/);
  });

  it("stops at a redirect loop and says so", async () => {
    const { error } = await crawlHome(redirect("/a"), { "/a": redirect("/b"), "/b": redirect("/") });
    expectUnreadable(error, /redirect loop at http:\/\/hostile-site\.com\//);
    expect(site!.paths().filter((path) => path !== "/robots.txt")).toEqual(["/", "/a", "/b"]);
  });

  it("stops after 5 redirects", async () => {
    const hops = Object.fromEntries(Array.from({ length: 8 }, (_, index) => [`/r${index}`, redirect(`/r${index + 1}`)]));
    const { error } = await crawlHome(redirect("/r0"), hops);
    expectUnreadable(error, /more than 5 redirects/);
    expect(site!.paths().filter((path) => path !== "/robots.txt")).toEqual(["/", "/r0", "/r1", "/r2", "/r3", "/r4"]);
  });

  it("stops promptly when the caller aborts, without turning it into a failure of the lead", async () => {
    site = await startTestSite(
      {
        "/": (_request, response) => {
          response.writeHead(200, { "content-type": "text/html" });
          const timer = setInterval(() => response.write("<p>"), 20);
          response.on("close", () => clearInterval(timer));
        },
      },
      [domain],
    );
    const testSite = site;
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("step cancelled")), 100);
    const startedAt = Date.now();
    const error = await createSiteCrawler()
      .run({
        lead: { id: "lead-1", workspaceId: "ws-1", domain, companyName: null },
        facts: [],
        pages: [],
        env: { allowPrivateNetworks: true, hostOverrides: (host) => testSite.hostOverrides(host) },
        signal: controller.signal,
      })
      .catch((caught: unknown) => caught as Error);
    expect(error).not.toBeInstanceOf(AgentFailure);
    expect(error.message).toBe("step cancelled");
    expect(Date.now() - startedAt).toBeLessThan(1_000);
  });
});
