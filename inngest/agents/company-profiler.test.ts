import { describe, expect, it } from "vitest";
import { htmlToText } from "@/server/crawler/html-to-text";
import type { AgentInput, CrawledPage, Fact } from "./agent";
import { companyProfiler } from "./company-profiler";

const domain = "acmewidgets.com.br";

function crawled(path: string, html: string, kind: CrawledPage["kind"] = "home"): CrawledPage {
  const url = `https://${domain}${path}`;
  return {
    url,
    finalUrl: url,
    status: 200,
    contentType: "text/html",
    kind,
    title: null,
    html,
    text: htmlToText(html),
    bytes: html.length,
    fetchedAt: new Date().toISOString(),
  };
}

function profile(pages: CrawledPage[]) {
  const input: AgentInput = {
    lead: { id: "lead-1", workspaceId: "ws-1", domain, companyName: null },
    facts: [],
    pages,
    env: { allowPrivateNetworks: false },
  };
  return companyProfiler.run(input);
}

const fact = (facts: Fact[], key: string) => facts.find((candidate) => candidate.key === key);
const jsonLd = (data: string) => `<script type="application/ld+json">${data}</script>`;

const organization = {
  "@context": "https://schema.org",
  "@graph": [
    { "@type": "WebSite", name: "Acme site", url: `https://${domain}/` },
    {
      "@type": ["Organization", "Corporation"],
      "@id": `https://${domain}/#org`,
      name: "Acme Widgets Ltda",
      description: "Widgets industriais sob medida.",
      industry: "Industrial machinery",
      foundingDate: "2014-03-01",
      numberOfEmployees: { "@type": "QuantitativeValue", minValue: 51, maxValue: 200 },
      address: { "@type": "PostalAddress", addressLocality: "Curitiba", addressRegion: "PR", addressCountry: "BR" },
      sameAs: ["https://www.linkedin.com/company/acme-widgets", "https://instagram.com/acmewidgets", "not a url"],
    },
  ],
};

describe("company profiler agent", () => {
  it("reads name, description, industry, size, location, founding year and social links from JSON-LD", async () => {
    const html = `<html><head><meta property="og:site_name" content="Acme OG">${jsonLd(JSON.stringify(organization))}</head><body></body></html>`;
    const output = await profile([crawled("/", html)]);
    const source = `https://${domain}/`;

    expect(output.facts).toEqual([
      { key: "company.name", value: "Acme Widgets Ltda", method: "parsed", sourceUrl: source, confidence: 0.9 },
      { key: "company.description", value: "Widgets industriais sob medida.", method: "parsed", sourceUrl: source, confidence: 0.9 },
      { key: "company.industry", value: "Industrial machinery", method: "parsed", sourceUrl: source, confidence: 0.9 },
      { key: "company.size", value: { min: 51, max: 200, label: "51–200 employees" }, method: "parsed", sourceUrl: source, confidence: 0.9 },
      {
        key: "company.location",
        value: { label: "Curitiba, PR, Brazil", city: "Curitiba", region: "PR", country: "Brazil" },
        method: "parsed",
        sourceUrl: source,
        confidence: 0.9,
      },
      { key: "company.foundedYear", value: 2014, method: "parsed", sourceUrl: source, confidence: 0.9 },
      {
        key: "company.social",
        value: ["https://www.linkedin.com/company/acme-widgets", "https://instagram.com/acmewidgets"],
        method: "parsed",
        sourceUrl: source,
        confidence: 0.9,
      },
    ]);
    expect(output.lead).toEqual({ companyName: "Acme Widgets Ltda", industry: "Industrial machinery" });
    expect(output.message).toBe("Profiled Acme Widgets Ltda: name, description, industry, size, location, founded, social from 1 page");
  });

  it("prefers the organisation on the lead's own domain over a partner described on the same page", async () => {
    const partner = { "@type": "Organization", name: "Partner Corp", url: "https://partner.example.org/" };
    const own = { "@type": "Organization", name: "Acme Widgets", url: `https://www.${domain}/` };
    const html = `<head>${jsonLd(JSON.stringify({ "@type": "WebPage", author: partner }))}${jsonLd(JSON.stringify(own))}</head>`;
    const output = await profile([crawled("/", html)]);
    expect(fact(output.facts, "company.name")?.value).toBe("Acme Widgets");
  });

  it("falls back to Open Graph, then meta and title, with lower confidence", async () => {
    const home = `<html><head><title>Início | Acme Widgets</title>
      <meta name="description" content="Meta description of Acme.">
      <meta name="keywords" content="widgets, usinagem, peças sob medida"></head><body><h1>Bem-vindo</h1></body></html>`;
    const about = `<html><head><meta property="og:site_name" content="Acme Widgets Brasil">
      <meta property="og:description" content="Open Graph description."></head><body></body></html>`;

    const withOpenGraph = await profile([crawled("/", home), crawled("/sobre", about, "about")]);
    expect(fact(withOpenGraph.facts, "company.name")).toMatchObject({ value: "Acme Widgets Brasil", confidence: 0.8, sourceUrl: `https://${domain}/sobre` });
    expect(fact(withOpenGraph.facts, "company.description")).toMatchObject({ value: "Open Graph description.", confidence: 0.8 });

    const withoutOpenGraph = await profile([crawled("/", home)]);
    expect(fact(withoutOpenGraph.facts, "company.name")).toMatchObject({ value: "Acme Widgets", confidence: 0.6 });
    expect(fact(withoutOpenGraph.facts, "company.description")).toMatchObject({ value: "Meta description of Acme.", confidence: 0.7 });
    expect(fact(withoutOpenGraph.facts, "company.industry")).toMatchObject({ value: "widgets, usinagem, peças sob medida", confidence: 0.7 });
    // A stated keywords list (0.7) is enough for the board's industry filter.
    expect(withoutOpenGraph.lead).toEqual({ companyName: "Acme Widgets", industry: "widgets, usinagem, peças sob medida" });
  });

  it("reads founding year, headcount and address from Brazilian Portuguese prose", async () => {
    const about = `<html><body><h2>Quem somos</h2>
      <p>A Acme foi fundada em março de 2014 e hoje conta com mais de 200 colaboradores.</p>
      <footer><address>Av. Paulista, 1000 - Bela Vista<br>São Paulo - SP, 01310-100</address></footer></body></html>`;
    const output = await profile([crawled("/quem-somos", about, "about")]);

    expect(fact(output.facts, "company.foundedYear")).toMatchObject({ value: 2014, confidence: 0.5 });
    expect(fact(output.facts, "company.size")).toMatchObject({
      value: { min: 200, max: null, label: "mais de 200 colaboradores" },
      confidence: 0.5,
    });
    expect(fact(output.facts, "company.location")?.value).toEqual({
      label: "São Paulo, SP, Brazil",
      city: "São Paulo",
      region: "SP",
      country: "Brazil",
    });
  });

  it("reads the same details from English prose", async () => {
    const about = `<body><p>Founded in 2009, we are a team of 1,200 employees based in Lisbon, Portugal.</p></body>`;
    const output = await profile([crawled("/about", about, "about")]);
    expect(fact(output.facts, "company.foundedYear")?.value).toBe(2009);
    expect(fact(output.facts, "company.size")?.value).toEqual({ min: 1200, max: 1200, label: "1,200 employees" });
    expect(fact(output.facts, "company.location")?.value).toEqual({ label: "Lisbon, Portugal", city: "Lisbon", region: null, country: "Portugal" });
  });

  it("tolerates broken JSON-LD: repairs what it can and ignores what it cannot", async () => {
    const repairable = `{ "@type": "Organization", "name": "Acme
      Widgets", "foundingDate": "2016", }`;
    const hopeless = `{ "@type": "Organization", "name": `;
    const output = await profile([crawled("/", `<head>${jsonLd(hopeless)}${jsonLd(repairable)}</head>`)]);
    expect(fact(output.facts, "company.name")).toMatchObject({ value: "Acme Widgets", confidence: 0.9 });
    expect(fact(output.facts, "company.foundedYear")?.value).toBe(2016);

    const onlyHopeless = await profile([
      crawled("/", `<head>${jsonLd(hopeless)}<meta name="description" content="Still described."></head>`),
    ]);
    expect(onlyHopeless.facts.map((found) => found.key)).toEqual(["company.description"]);
  });

  it("does not take headcounts or addresses from blog posts, which talk about other companies", async () => {
    const post = `<body><p>Our client, a retailer with 5,000 employees headquartered in Austin, Texas, grew fast.</p></body>`;
    const output = await profile([crawled("/blog/case", post, "blog")]);
    expect(output.facts).toEqual([]);
  });

  it("takes the headcount from the about page's employs N, never from a job ad's team", async () => {
    const about = `<body><p>The company remains family owned and now employs 2,300 people.</p></body>`;
    const vacancy = `<body><h2>Warehouse Team Leader</h2><p>Lead a team of 12 on our chilled operation.</p></body>`;
    const output = await profile([crawled("/vacancies", vacancy, "careers"), crawled("/about", about, "about")]);
    expect(fact(output.facts, "company.size")).toMatchObject({ value: { min: 2300, max: 2300 }, sourceUrl: `https://${domain}/about` });
    const onlyVacancy = await profile([crawled("/vacancies", vacancy, "careers")]);
    expect(fact(onlyVacancy.facts, "company.size")).toBeUndefined();
  });

  it("reads the organisation's microdata address and trade, not a team member's", async () => {
    const html = `<body itemscope itemtype="https://schema.org/LegalService"><link itemprop="url" href="https://${domain}/">
      <div itemprop="employee" itemscope itemtype="https://schema.org/Person"><div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
        <span itemprop="addressLocality">Leeds</span></div></div>
      <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="addressLocality">Bristol</span>,
        <span itemprop="addressRegion">England</span> <span itemprop="addressCountry">GB</span></div></body>`;
    const output = await profile([crawled("/contact", html, "contact")]);
    expect(fact(output.facts, "company.location")).toMatchObject({
      value: { label: "Bristol, England, United Kingdom", city: "Bristol", region: "England", country: "United Kingdom" },
      confidence: 0.85,
    });
    expect(fact(output.facts, "company.industry")).toMatchObject({ value: "legal services", confidence: 0.6 });
    expect(output.lead?.industry).toBe("legal services");
  });

  it("merges social profiles from JSON-LD sameAs and every page's header and footer, once each, not a post's or the body's", async () => {
    const home = `<head>${jsonLd(JSON.stringify({ "@type": "Organization", url: `https://${domain}/`, sameAs: ["https://www.linkedin.com/company/acme/", `https://${domain}/`] }))}</head>
      <body><main><a href="https://www.instagram.com/a_client">our client</a></main>
      <footer><a href="https://www.linkedin.com/company/acme">linkedin</a> <a href="https://x.com/acmehq">x</a></footer></body>`;
    const about = `<body><header><a href="https://www.youtube.com/@acme">youtube</a></header></body>`;
    const post = `<head>${jsonLd(JSON.stringify({ "@type": "Organization", name: "Globex", sameAs: ["https://www.linkedin.com/company/globex"] }))}</head>`;
    const output = await profile([crawled("/", home), crawled("/about", about, "about"), crawled("/blog/globex", post, "blog")]);
    expect(fact(output.facts, "company.social")?.value).toEqual([
      "https://www.linkedin.com/company/acme/", "https://x.com/acmehq", "https://www.youtube.com/@acme",
    ]);
  });

  it("reads the trade from the description's own sentence, ahead of a keywords list, and a longer title brand as the name", async () => {
    const html = `<head><title>Acme Widgets & Filhos Indústria | Peças sob medida desde 1968</title>
      <meta name="description" content="A Acme Widgets é uma fabricante de peças usinadas para montadoras, em Curitiba.">
      <meta name="keywords" content="indústria, usinagem"></head><body><h1>Peças sob medida desde 1968</h1></body>`;
    const output = await profile([crawled("/", html)]);
    expect(fact(output.facts, "company.industry")).toMatchObject({ value: "fabricante de peças usinadas", confidence: 0.75 });
    expect(fact(output.facts, "company.foundedYear")).toMatchObject({ value: 1968, confidence: 0.4 });
    expect(output.lead).toEqual({ companyName: "Acme Widgets & Filhos Indústria", industry: "fabricante de peças usinadas" });
  });

  it("states nothing for a page that does not state these details", async () => {
    const html = `<html><head><title>Welcome</title></head><body><h1>We build great things</h1>
      <p>Talk to 300 people who love us. Contact us today.</p></body></html>`;
    const output = await profile([crawled("/", html)]);
    expect(output.facts).toEqual([]);
    expect(output.lead).toBeUndefined();
    expect(output.message).toBe("No company details are stated on the 1 page read");
  });

  it("says the profile could not be built when no page was read", async () => {
    const output = await profile([]);
    expect(output).toEqual({ facts: [], message: "Could not build a profile: no pages of the site were read" });
  });
});
