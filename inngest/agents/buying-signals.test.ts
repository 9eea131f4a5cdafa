import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderSyntheticPage } from "@/server/demo-web/render-synthetic-page";
import { syntheticSite } from "@/server/demo-web/synthetic-site";
import type { AgentInput, CrawledPage, Fact } from "./agent";
import { buyingSignals } from "./buying-signals";
import { signalFixtureAnswers } from "./signals/fixture-answers";
import type { FundingSignal } from "./signals/read-funding";
import type { JobRole } from "./signals/read-jobs";

const sitesDir = path.join(process.cwd(), "demo-web/sites");
const careers = /career|carreiras|jobs|vacanc|employment|trabalhe|vagas|work-with-us/;
const blog = /blog|news|noticias|imprensa|journal|artigos/;

function page(domain: string, urlPath: string, html: string): CrawledPage {
  const url = `https://${domain}${urlPath}`;
  const kind = urlPath === "/" ? "home" : careers.test(urlPath) ? "careers" : blog.test(urlPath) ? "blog" : "other";
  return { url, finalUrl: url, status: 200, contentType: "text/html", kind, title: null, html, text: "", bytes: html.length, fetchedAt: "2026-11-01T00:00:00.000Z" };
}

function fixturePages(domain: string): CrawledPage[] {
  const root = path.join(sitesDir, domain);
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? walk(path.join(dir, f)) : [path.join(dir, f)]));
  return walk(root)
    .filter((file) => file.endsWith(".html"))
    .map((file) => page(domain, `/${path.relative(root, file).replace(/(index)?\.html$/, "").replace(/\/$/, "")}`, readFileSync(file, "utf8")));
}

function syntheticPages(index: number): CrawledPage[] {
  const site = syntheticSite(index);
  const paths = [...site.pages.map((p) => (p === "home" ? "/" : `/${p}`)), ...site.posts.map((p) => `/blog/${p.slug}`)];
  return paths.map((p) => page(site.domain, p, renderSyntheticPage(site, p)!.body));
}

async function signals(pages: CrawledPage[]) {
  const input: AgentInput = { lead: { id: "l", workspaceId: "w", domain: "x", companyName: null }, facts: [], pages, env: { allowPrivateNetworks: true } };
  const output = await buyingSignals.run(input);
  const get = (key: string) => output.facts.find((f: Fact) => f.key === key);
  return {
    output,
    hiring: get("signal.hiring")?.value as { count: number; roles: JobRole[] } | undefined,
    news: (get("signal.news")?.value ?? []) as { title: string; date: string | null; sourceUrl: string }[],
    funding: (get("signal.funding")?.value ?? []) as FundingSignal[],
    expansion: (get("signal.expansion")?.value ?? []) as { summary: string; date: string | null; sourceUrl: string }[],
  };
}

const { funding: fixtureFunding, noFunding, hiring: fixtureHiring, hiringDates: fixtureHiringDates, news: fixtureNews, expansion: fixtureExpansion } = signalFixtureAnswers;

describe("buying signals agent", () => {
  it("reads dated openings from a Brazilian careers page and expansion posts", async () => {
    const { hiring, expansion, output } = await signals(fixturePages("rotaseriema-logistica.com.br"));
    const source = "https://rotaseriema-logistica.com.br/carreiras";
    expect(hiring).toEqual({ count: 3, roles: fixtureHiring["rotaseriema-logistica.com.br"]!.map((role) => ({ ...role, sourceUrl: source })) });
    expect(expansion.map((e) => [e.date, e.sourceUrl])).toEqual(fixtureExpansion["rotaseriema-logistica.com.br"]!.map((e) => [e.date, e.sourceUrl]));
    expect(output.message).toBe("Hiring 3 roles; expansion: Rota Seriema inaugura centro de distribuição em Jundiaí (2026-07-14)");
  });

  it("reads old table-layout vacancies with spelled-out dates", async () => {
    const { hiring, news } = await signals(fixturePages("dunmorrowfreight.co.uk"));
    expect(hiring?.roles.map((r) => [r.title, r.location, r.postedAt])).toEqual(fixtureHiring["dunmorrowfreight.co.uk"]!.map((r) => [r.title, r.location, r.postedAt]));
    expect(news).toEqual(fixtureNews["dunmorrowfreight.co.uk"]);
  });

  it("reads dd/mm/yyyy dates and a Série B in reais", async () => {
    const { hiring, funding, output } = await signals(fixturePages("jandaiapay.com.br"));
    expect(hiring?.roles.map((r) => r.postedAt)).toEqual(fixtureHiringDates["jandaiapay.com.br"]);
    expect(funding).toEqual([expect.objectContaining({ round: "Series B", amount: 120_000_000, currency: "BRL", date: "2026-05-19", sourceUrl: "https://jandaiapay.com.br/blog/serie-b" })]);
    expect(output.facts.find((f) => f.key === "signal.funding")).toMatchObject({ method: "parsed", confidence: 0.8 });
    expect(output.message).toMatch(/^Hiring 3 roles; Series B \(2026-05-19\)/);
  });

  it.each(Object.entries(fixtureFunding))("finds the funding round announced by %s", async (domain, expected) => {
    const { funding } = await signals(fixturePages(domain));
    expect(funding.map(({ round, amount, currency, date }) => ({ round, amount, currency, date }))).toEqual([expected]);
  });

  it.each(noFunding)("finds no funding round on %s (grants, dividends, capex, debt)", async (domain) => {
    const { funding } = await signals(fixturePages(domain));
    expect(funding).toEqual([]);
  });

  it("keeps an undated post with lower confidence", async () => {
    const html = `<html><body><article><h2><a href="/blog/a">Acme raised $12M in a Series A</a></h2><p>Acme raised $12M.</p></article></body></html>`;
    const { funding, output } = await signals([page("acme.com", "/blog", html)]);
    expect(funding).toEqual([{ round: "Series A", amount: 12_000_000, currency: "USD", date: null, sourceUrl: "https://acme.com/blog/a", quote: expect.any(String) }]);
    expect(output.facts.find((f) => f.key === "signal.funding")?.confidence).toBe(0.6);
  });

  it.each([0, 1, 2, 3, 5, 8, 13, 21])("matches the generator's jobs and posts for synthetic site %i", async (index) => {
    const site = syntheticSite(index);
    const { hiring, news } = await signals(syntheticPages(index));
    expect(hiring?.roles.map(({ title, location, postedAt }) => ({ title, location, postedAt })) ?? []).toEqual(site.jobs);
    expect(news.map(({ title, date }) => ({ title, date }))).toEqual(site.posts.map(({ title, date }) => ({ title, date })));
  });

  it("reports its accuracy over the fixtures and 200 synthetic sites", async () => {
    let known = 0, right = 0, spurious = 0;
    const score = (ok: boolean) => { known += 1; if (ok) right += 1; };
    for (const [domain, expected] of Object.entries(fixtureFunding)) {
      const { funding } = await signals(fixturePages(domain));
      const f = funding[0];
      score(funding.length === 1 && f?.round === expected.round && f.amount === expected.amount && f.currency === expected.currency && f.date === expected.date);
    }
    for (const domain of noFunding) score((await signals(fixturePages(domain))).funding.length === 0);
    for (let i = 0; i < 200; i += 1) {
      const site = syntheticSite(i);
      const { hiring, news, funding, expansion } = await signals(syntheticPages(i));
      for (const job of site.jobs) score(hiring?.roles.some((r) => r.title === job.title && r.location === job.location && r.postedAt === job.postedAt) ?? false);
      for (const post of site.posts) {
        score(news.some((n) => n.title === post.title && n.date === post.date));
        const url = `https://${site.domain}/blog/${post.slug}`;
        if (post.kind === "funding") {
          const m = /(R\$ |\$)(\d+) (?:milhões|million)/.exec(post.title);
          const round = /Série ([AB])|Series ([AB])/.exec(post.title);
          const f = funding.find((s) => s.sourceUrl === url);
          score(!!f && f.amount === Number(m?.[2]) * 1e6 && f.currency === (m?.[1] === "R$ " ? "BRL" : "USD") && f.round === (round ? `Series ${round[1] ?? round[2]}` : "Seed") && f.date === post.date);
        } else if (funding.some((s) => s.sourceUrl === url)) spurious += 1;
        if (post.kind === "expansion") score(expansion.some((e) => e.sourceUrl === url && e.date === post.date));
        else if (expansion.some((e) => e.sourceUrl === url)) spurious += 1;
      }
      if (site.jobs.length === 0 && hiring) spurious += 1;
    }
    console.info(`buying-signals: ${right}/${known} known facts right (${((right / known) * 100).toFixed(1)}%), ${spurious} spurious signals, over ${Object.keys(fixtureFunding).length + noFunding.length} fixtures and 200 synthetic sites`);
    expect(right / known).toBeGreaterThan(0.95);
  });
});
