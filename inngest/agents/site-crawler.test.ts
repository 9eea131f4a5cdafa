import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { respond, startTestSite, type TestSite } from "@/server/crawler/testing/start-test-site";
import { AgentFailure, type AgentInput } from "./agent";
import { createSiteCrawler, siteCrawler } from "./site-crawler";

const domain = "acmewidgets.com";
let site: TestSite | null = null;
afterEach(async () => {
  await site?.close();
  site = null;
});

function input(testSite: TestSite): AgentInput {
  return {
    lead: { id: "lead-1", workspaceId: "ws-1", domain, companyName: null },
    facts: [],
    pages: [],
    env: { allowPrivateNetworks: true, hostOverrides: (host) => testSite.hostOverrides(host) },
  };
}

const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title><style>.x{color:red}</style></head><body>${body}</body></html>`;

const home = page(
  "Acme Widgets",
  `<script>var trackingSecret = "do-not-index";</script>
   <nav>
     <a href="/sobre-nos">Sobre nós</a> <a href="/contato">Fale conosco</a> <a href="/team">Team</a>
     <a href="/trabalhe-conosco">Vagas</a> <a href="/blog/">Blog</a> <a href="/pricing">Pricing</a>
     <a href="https://twitter.com/acme">Twitter</a> <a href="mailto:hi@acmewidgets.com">Email</a>
   </nav>
   <h1>Widgets   for
   everyone</h1><p>Made in Brazil.</p>`,
);
const posts = Array.from({ length: 12 }, (_, index) => `/blog/post-${index + 1}`);
const blog = page(
  "Blog",
  `<a href="/blog/tag/news">News tag</a> <a href="/blog/page/2">Older</a> ${posts.map((path) => `<a href="${path}">Post</a>`).join(" ")}`,
);

function acmeRoutes(robots: string) {
  return {
    "/robots.txt": respond(robots, "text/plain"),
    "/": respond(home),
    "/sobre-nos": respond(page("Sobre", "<p>Fundada em 2014.</p>")),
    "/contato": respond(page("Contato", "<p>contato@acmewidgets.com</p>")),
    "/team": respond(page("Team", "<p>Our people</p>")),
    "/trabalhe-conosco": respond(page("Vagas", "<p>Vagas abertas</p>")),
    "/blog/": respond(blog),
    "/pricing": respond(page("Pricing", "<p>Plans</p>")),
    ...Object.fromEntries(posts.map((path) => [path, respond(page(path, "<p>A post</p>"))])),
  };
}

describe("site crawler agent", () => {
  it("reads the home page and its about, contact, team, careers and blog pages within the 10-page cap", async () => {
    site = await startTestSite(acmeRoutes("User-agent: *\nAllow: /\n"), [domain]);
    const output = await siteCrawler.run(input(site));

    const pages = output.pages!;
    expect(pages).toHaveLength(10);
    expect(pages.map((crawled) => [crawled.kind, new URL(crawled.finalUrl).pathname]).slice(0, 6)).toEqual([
      ["home", "/"],
      ["about", "/sobre-nos"],
      ["contact", "/contato"],
      ["team", "/team"],
      ["careers", "/trabalhe-conosco"],
      ["blog", "/blog/"],
    ]);
    // The rest of the cap goes to blog posts, never to tag or pagination listings or unrelated pages.
    expect(pages.slice(6).map((crawled) => new URL(crawled.finalUrl).pathname)).toEqual(posts.slice(0, 4));
    const htmlRequests = site.paths().filter((path) => path !== "/robots.txt");
    expect(htmlRequests).toHaveLength(10);
    expect(htmlRequests).not.toContain("/pricing");
    expect(htmlRequests).not.toContain("/blog/tag/news");

    const first = pages[0]!;
    expect(first).toMatchObject({ status: 200, title: "Acme Widgets", finalUrl: `http://${domain}/` });
    expect(first.text).toContain("Widgets for everyone");
    expect(first.text).not.toContain("do-not-index");
    expect(first.text).not.toContain("color:red");
    expect(first.bytes).toBe(Buffer.byteLength(home));
    expect(new Date(first.fetchedAt).toISOString()).toBe(first.fetchedAt);

    expect(output.facts).toEqual([
      { key: "site.pages", value: pages.map((crawled) => crawled.finalUrl), method: "parsed", sourceUrl: first.finalUrl, confidence: 1 },
    ]);
    expect(output.message).toBe("Read 10 pages");
    expect(site.requests.every((request) => request.userAgent === "NelliaProspector/1.0 (+https://nellia.dev/bot)")).toBe(true);
    expect(site.requests.every((request) => request.host === domain)).toBe(true);
  });

  it("skips a page robots.txt disallows without requesting it, and says so", async () => {
    site = await startTestSite(acmeRoutes("User-agent: *\nDisallow: /team\n"), [domain]);
    const output = await siteCrawler.run(input(site));

    expect(site.paths()).not.toContain("/team");
    expect(site.paths()).toContain("/contato");
    expect(output.pages!.map((crawled) => crawled.kind)).not.toContain("team");
    expect(output.facts.find((fact) => fact.key === "site.robots")).toEqual({
      key: "site.robots",
      value: ["/team"],
      method: "parsed",
      sourceUrl: `http://${domain}/robots.txt`,
      confidence: 1,
    });
    expect(output.message).toBe("Read 10 pages (robots.txt kept us out of /team)");
  });

  it("honours a robots.txt group addressed to our user agent by name", async () => {
    site = await startTestSite(acmeRoutes("User-agent: *\nAllow: /\n\nUser-agent: NelliaProspector\nDisallow: /blog/\n"), [domain]);
    const output = await siteCrawler.run(input(site));
    expect(site.paths().filter((path) => path.startsWith("/blog"))).toEqual([]);
    expect(output.pages).toHaveLength(5);
  });

  it("reads nothing when robots.txt disallows the whole site", async () => {
    site = await startTestSite(acmeRoutes("User-agent: *\nDisallow: /\n"), [domain]);
    const error = await siteCrawler.run(input(site)).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AgentFailure);
    expect((error as AgentFailure).reason).toBe("robots_disallowed");
    expect((error as AgentFailure).message).toContain(domain);
    expect(site.paths()).toEqual(["/robots.txt"]);
  });

  it("treats a missing robots.txt as allowing everything", async () => {
    const { "/robots.txt": _robots, ...routes } = acmeRoutes("");
    site = await startTestSite(routes, [domain]);
    const output = await siteCrawler.run(input(site));
    expect(output.pages).toHaveLength(10);
  });

  it("notes a page after the home page that fails, without failing the crawl", async () => {
    site = await startTestSite({ ...acmeRoutes("User-agent: *\nAllow: /\n"), "/contato": respond("boom", "text/html", 500) }, [domain]);
    const output = await siteCrawler.run(input(site));

    expect(output.pages!.map((crawled) => crawled.kind)).not.toContain("contact");
    expect(output.pages).toHaveLength(10);
    expect(output.message).toBe("Read 10 pages (could not read /contato (the server answered 500))");
  });

  it("uses the domain intake normalised rather than what the user typed", async () => {
    site = await startTestSite(acmeRoutes("User-agent: *\nAllow: /\n"), [domain]);
    const typed = { ...input(site), lead: { id: "lead-1", workspaceId: "ws-1", domain: "https://www.AcmeWidgets.com/x", companyName: null } };
    typed.facts = [{ key: "domain.normalized", value: domain, agent: "intake", method: "parsed", sourceUrl: null, confidence: 1 }];
    const output = await siteCrawler.run(typed);
    expect(output.pages![0]!.finalUrl).toBe(`http://${domain}/`);
  });

  it("decodes a gzip-compressed page in the charset it declares", async () => {
    const latin1 = Buffer.from(page("Início", "<p>Somos 40 funcionários em Belém.</p>").replace("<head>", '<head><meta charset="iso-8859-1">'), "latin1");
    site = await startTestSite(
      {
        "/": (_request, response) => {
          response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
          response.end(gzipSync(latin1));
        },
      },
      [domain],
    );
    const output = await siteCrawler.run(input(site));
    expect(output.pages![0]!.title).toBe("Início");
    expect(output.pages![0]!.text).toContain("Somos 40 funcionários em Belém.");
    expect(output.pages![0]!.bytes).toBe(latin1.length);
  });

  it("stops starting pages once the whole-site budget is spent, and says how many were left", async () => {
    site = await startTestSite(acmeRoutes("User-agent: *\nAllow: /\n"), [domain]);
    const output = await createSiteCrawler({ limits: { crawlTimeoutMs: 1 } }).run(input(site));
    expect(output.pages!.map((crawled) => crawled.kind)).toEqual(["home"]);
    expect(output.message).toBe("Read 1 page (ran out of time before 5 more)");
  });
});
