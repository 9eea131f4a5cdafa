import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderSyntheticPage } from "@/server/demo-web/render-synthetic-page";
import { syntheticSite } from "@/server/demo-web/synthetic-site";
import type { AgentInput, CrawledPage } from "./agent";
import { type DetectedTech, techStackDetector } from "./tech-stack-detector";

const sitesDir = path.join(process.cwd(), "demo-web/sites");

function page(domain: string, urlPath: string, html: string, headers?: Record<string, string>): CrawledPage & { headers?: Record<string, string> } {
  const url = `https://${domain}${urlPath}`;
  return { url, finalUrl: url, status: 200, contentType: "text/html", kind: urlPath === "/" ? "home" : "other", title: null, html, text: "", bytes: html.length, fetchedAt: "2026-11-01T00:00:00.000Z", headers };
}

function fixturePages(domain: string): CrawledPage[] {
  const root = path.join(sitesDir, domain);
  const { headers } = JSON.parse(readFileSync(path.join(root, "site.json"), "utf8")) as { headers?: Record<string, string> };
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? walk(path.join(dir, f)) : [path.join(dir, f)]));
  return walk(root)
    .filter((file) => file.endsWith(".html"))
    .sort((a, b) => (a.endsWith("/index.html") ? -1 : b.endsWith("/index.html") ? 1 : a.localeCompare(b)))
    .map((file) => {
      const rel = path.relative(root, file).replace(/(index)?\.html$/, "").replace(/\/$/, "");
      return page(domain, `/${rel}`, readFileSync(file, "utf8"), headers);
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

// Read by hand from each fixture's markup and its site.json headers.
const fixtureStacks: Record<string, string[]> = {
  "ravenholtmutual.co.uk": ["Apache", "Cookiebot", "Google Tag Manager", "PHP", "WordPress", "Zendesk"],
  "sabordocampo-coop.com.br": ["Google Analytics 4", "Nginx", "PHP", "RD Station", "WordPress"],
  "pailwright.com": ["Cloudflare", "Google Tag Manager", "Meta Pixel", "Shopify"],
  "sprigwell-foods.com": ["Cloudflare", "Hotjar", "Meta Pixel", "Shopify"],
  "fernhollow-vetclinic.com": ["Wix"],
  "jabuticabacriativa.com.br": ["Meta Pixel", "RD Station", "Wix"],
  "quincemoth-studio.com": ["Calendly", "Squarespace"],
  "clinexa-health.io": ["Intercom", "Next.js", "Segment", "Vercel"],
  "trilhaaberta-cursos.com.br": ["Meta Pixel", "Netlify", "Next.js", "RD Station"],
  "harborkiln-ceramics.com": ["ASP.NET", "Microsoft IIS", "jQuery"],
  "ledgerbloom.co": ["Cloudflare", "Google Tag Manager", "LinkedIn Insight Tag", "Stripe"],
  "dunmorrowfreight.co.uk": ["Apache", "Google Analytics (Universal)"],
  "tuiuiu-erp.com.br": ["Google Analytics 4", "Intercom", "Nginx", "RD Station"],
};
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
