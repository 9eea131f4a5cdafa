import { describe, expect, it } from "vitest";
import { renderSyntheticPage } from "./render-synthetic-page";
import { syntheticSite } from "./synthetic-site";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("syntheticSite", () => {
  it("gives the same company and the same pages for the same index", () => {
    for (const index of [0, 1, 2, 999, 4321]) {
      const a = syntheticSite(index);
      const b = syntheticSite(index);
      expect(b).toEqual(a);
      for (const page of ["/", "/about", "/team", "/contact", "/careers", "/blog", "/robots.txt"]) {
        expect(renderSyntheticPage(b, page)).toEqual(renderSyntheticPage(a, page));
      }
    }
  });

  it("keeps a known index stable across releases", () => {
    const site = syntheticSite(2);
    expect([site.domain, site.language, site.industry]).toEqual(["taperebamar.com.br", "pt-BR", "manufacturing"]);
  });

  it("gives 5,000 indexes 5,000 different domains and names", () => {
    const sites = range(5000).map(syntheticSite);
    expect(new Set(sites.map((s) => s.domain)).size).toBe(5000);
    expect(new Set(sites.map((s) => s.name)).size).toBe(5000);
    expect(sites.every((s) => /^[a-z0-9]+(\.[a-z]{2,3}){1,2}$/.test(s.domain))).toBe(true);
  });

  it("mixes Brazilian and English-speaking companies, industries and sizes", () => {
    const sites = range(600).map(syntheticSite);
    const brazilian = sites.filter((s) => s.language === "pt-BR");
    expect(brazilian.length).toBe(200);
    expect(brazilian.every((s) => s.country === "BR" && s.domain.endsWith(".br"))).toBe(true);
    expect(sites.filter((s) => s.language === "en").every((s) => s.country !== "BR" && !s.domain.endsWith(".br"))).toBe(true);
    expect(new Set(sites.map((s) => s.industry)).size).toBe(15);
    const employees = sites.map((s) => s.employees);
    expect(Math.min(...employees)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...employees)).toBeLessThanOrEqual(5000);
    expect(employees.filter((n) => n < 50).length).toBeGreaterThan(100);
    expect(employees.filter((n) => n > 1000).length).toBeGreaterThan(50);
  });

  it("writes Portuguese for Brazilian companies and English for the rest", () => {
    const pt = range(30).map(syntheticSite).find((s) => s.language === "pt-BR" && s.pages.includes("contact"));
    const en = range(30).map(syntheticSite).find((s) => s.language === "en" && s.pages.includes("contact"));
    expect(pt?.description).toMatch(/Fundada em \d{4}, com sede em/);
    expect(pt?.phone).toMatch(/^\+55 \d{2} \d{4}-\d{4}$/);
    expect(renderSyntheticPage(pt!, "/contact")?.body).toContain("<h1>Contato</h1>");
    expect(en?.description).toMatch(/Founded in \d{4} and based in/);
    expect(renderSyntheticPage(en!, "/contact")?.body).toContain("<h1>Contact</h1>");
  });

  it("renders only the pages a site has, and links only to those", () => {
    for (const site of range(40).map(syntheticSite)) {
      const home = renderSyntheticPage(site, "/")!.body;
      for (const page of ["about", "team", "contact", "careers", "blog"] as const) {
        const has = site.pages.includes(page);
        expect(renderSyntheticPage(site, `/${page}`) !== null).toBe(has);
        expect(home.includes(`href="/${page}"`)).toBe(has);
      }
      for (const post of site.posts) expect(renderSyntheticPage(site, `/blog/${post.slug}`)?.body).toContain(post.date);
    }
  });

  it("writes robots.txt from the site's rules, sometimes closing the whole site", () => {
    const sites = range(300).map(syntheticSite);
    const closed = sites.find((s) => s.robotsDisallow.includes("/"));
    expect(renderSyntheticPage(closed!, "/robots.txt")?.body).toBe("User-agent: *\nDisallow: /\n");
    const open = sites.find((s) => s.robotsDisallow.length === 0);
    expect(renderSyntheticPage(open!, "/robots.txt")?.body).toBe("User-agent: *\nAllow: /\n");
  });

  it("puts JSON-LD Organization on about half of the sites", () => {
    const sites = range(200).map(syntheticSite);
    const withLd = sites.filter((s) => s.hasJsonLd);
    expect(withLd.length).toBeGreaterThan(70);
    expect(withLd.length).toBeLessThan(130);
    const body = renderSyntheticPage(withLd[0]!, "/")!.body;
    const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(body)![1]!);
    expect(json).toMatchObject({ "@type": "Organization", name: withLd[0]!.name, numberOfEmployees: { value: withLd[0]!.employees } });
  });

  it("refuses indexes that are not non-negative integers", () => {
    expect(() => syntheticSite(-1)).toThrow(RangeError);
    expect(() => syntheticSite(1.5)).toThrow(RangeError);
  });
});
