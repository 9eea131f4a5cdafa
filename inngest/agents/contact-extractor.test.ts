import { describe, expect, it } from "vitest";
import { htmlToText } from "@/server/crawler/html-to-text";
import type { AgentInput, CrawledPage, Fact } from "./agent";
import { contactExtractor } from "./contact-extractor";
import { contactFixtureAnswers } from "./contacts/fixture-answers";
import { loadFixturePages } from "./contacts/load-fixture-pages";

type Email = { address: string; role: boolean; sourceUrl: string };
type Phone = { e164: string; international: string; sourceUrl: string };
type Person = { name: string; role: string; sourceUrl: string };

function extract(domain: string, pages: CrawledPage[]) {
  const input: AgentInput = {
    lead: { id: "lead-1", workspaceId: "ws-1", domain, companyName: null },
    facts: [],
    pages,
    env: { allowPrivateNetworks: false },
  };
  return contactExtractor.run(input);
}

function crawled(domain: string, path: string, html: string, kind: CrawledPage["kind"]): CrawledPage {
  const url = `https://${domain}${path}`;
  return { url, finalUrl: url, status: 200, contentType: "text/html", kind, title: null, html, text: htmlToText(html), bytes: html.length, fetchedAt: new Date().toISOString() };
}

const value = <T>(facts: Fact[], key: string) => (facts.find((fact) => fact.key === key)?.value ?? []) as T[];
const fixture = async (domain: string) => (await extract(domain, loadFixturePages(domain))).facts;

describe("contact extractor on the demo web fixtures", () => {
  it("reads mailto and tel links, role addresses and a modern team page (verdantlogix.com)", async () => {
    const facts = await fixture("verdantlogix.com");
    expect(value<Email>(facts, "contact.emails")).toEqual([
      { address: "sales@verdantlogix.com", role: true, sourceUrl: "https://verdantlogix.com/contact" },
      { address: "support@verdantlogix.com", role: true, sourceUrl: "https://verdantlogix.com/contact" },
      { address: "dana.okafor@verdantlogix.com", role: false, sourceUrl: "https://verdantlogix.com/team" },
      { address: "priya.v@verdantlogix.com", role: false, sourceUrl: "https://verdantlogix.com/team" },
    ]);
    expect(value<Phone>(facts, "contact.phones")).toEqual([
      { e164: "+13125550147", international: "+1 312 555 0147", sourceUrl: "https://verdantlogix.com/contact" },
      { e164: "+13125550199", international: "+1 312 555 0199", sourceUrl: "https://verdantlogix.com/contact" },
    ]);
    expect(value<string>(facts, "contact.social")).toEqual(["https://www.linkedin.com/company/verdantlogix", "https://x.com/verdantlogix"]);
    expect(value<Person>(facts, "contact.people").map(({ name, role }) => `${name}: ${role}`)).toEqual([
      "Dana Okafor: CEO & Founder", "Mitchell Reyes-Baptiste: Chief Operating Officer", "Priya Venkataraman: VP of Sales",
      "Tomasz Wierzbicki: Director of Fleet Operations", "Alicia Ferro: Head of Customer Success",
    ]);
    const emails = facts.find((fact) => fact.key === "contact.emails");
    expect(emails).toMatchObject({ method: "parsed", sourceUrl: "https://verdantlogix.com/contact", confidence: 0.9 });
    expect(facts.find((fact) => fact.key === "contact.people")).toMatchObject({ confidence: 0.6, sourceUrl: "https://verdantlogix.com/team" });
  });

  it("decodes [at]/[dot] addresses and reads UK numbers and table layouts (dunmorrowfreight.co.uk)", async () => {
    const facts = await fixture("dunmorrowfreight.co.uk");
    expect(value<Email>(facts, "contact.emails").map((email) => [email.address, email.role])).toEqual([
      ["sales@dunmorrowfreight.co.uk", true], ["jobs@dunmorrowfreight.co.uk", true], ["m.sinclair@dunmorrowfreight.co.uk", false],
    ]);
    expect(value<Phone>(facts, "contact.phones").map((phone) => phone.international)).toEqual(["+44 141 496 0521", "+44 141 496 0522"]);
    expect(value<Person>(facts, "contact.people").map((person) => person.name)).toEqual([
      "Fraser Dunmorrow", "Elaine McAllister", "Graham Kerr", "Morag Sinclair",
    ]);
    expect(facts.find((fact) => fact.key === "contact.emails")?.confidence).toBe(0.6);
  });

  it("decodes entity-encoded mailto links and Brazilian numbers, and ignores the CEP (casaipeamarelo.com.br)", async () => {
    const facts = await fixture("casaipeamarelo.com.br");
    expect(value<Email>(facts, "contact.emails").map((email) => email.address)).toEqual(["sac@casaipeamarelo.com.br", "compras@casaipeamarelo.com.br"]);
    expect(value<Phone>(facts, "contact.phones").map(({ e164, international }) => [e164, international])).toEqual([
      ["+558008814433", "+55 800 881 4433"], ["+5571993201100", "+55 71 99320 1100"],
    ]);
    expect(value<string>(facts, "contact.social")).toEqual(["https://www.instagram.com/casaipeamarelo", "https://www.facebook.com/casaipeamarelo"]);
    expect(facts.some((fact) => fact.key === "contact.people")).toBe(false);
  });

  it("reads Australian national numbers and a microdata team (tidewrenmarine.com.au)", async () => {
    const facts = await fixture("tidewrenmarine.com.au");
    expect(value<Phone>(facts, "contact.phones").map((phone) => phone.international)).toEqual(["+61 7 5550 1823", "+61 7 5550 1977"]);
    expect(value<Person>(facts, "contact.people").map(({ name, role }) => `${name}: ${role}`)).toEqual([
      "Liam Esterhuizen: Managing Director", "Kirra Whitlock: General Manager, Marine", "Daniel Nakagawa: Customs Manager",
    ]);
  });

  it("reads Portuguese roles from a legacy table and keeps contato@ as a role address (valadaomuniz.adv.br)", async () => {
    const facts = await fixture("valadaomuniz.adv.br");
    expect(value<Email>(facts, "contact.emails").map((email) => [email.address, email.role])).toEqual([
      ["contato@valadaomuniz.adv.br", true], ["augusto@valadaomuniz.adv.br", false], ["regina@valadaomuniz.adv.br", false],
    ]);
    expect(value<Phone>(facts, "contact.phones").map((phone) => phone.e164)).toEqual(["+554132239050", "+554132239051"]);
    expect(value<Person>(facts, "contact.people").map(({ name, role }) => `${name}: ${role}`)).toEqual([
      "Augusto Valadão: Sócio fundador – Direito Tributário", "Regina Muniz: Sócia fundadora – Direito Societário",
      "Bruno Pimentel: Sócio – Direito do Trabalho", "Larissa Toledo: Advogada – Proteção de Dados (LGPD)",
    ]);
  });

  it("splits glued SPA spans and reads 'Name — Role' cards (clinexa-health.io, jandaiapay.com.br)", async () => {
    const clinexa = await fixture("clinexa-health.io");
    expect(value<Email>(clinexa, "contact.emails").map((email) => email.address)).toEqual(["sales@clinexa-health.io", "help@clinexa-health.io"]);
    expect(value<Person>(clinexa, "contact.people")[0]).toMatchObject({ name: "Rosalind Achebe", role: "CEO & Co-founder" });
    const jandaia = await fixture("jandaiapay.com.br");
    expect(value<Phone>(jandaia, "contact.phones").map((phone) => phone.international)).toEqual(["+55 11 3456 7890", "+55 800 772 0199"]);
  });
});

describe("contact extractor edge cases", () => {
  const domain = "acme.com.br";

  it("produces no garbage from half-obfuscated text, invalid numbers, image names or share links", async () => {
    const html = `<main><p>Escreva para joao [at] acme ou para maria (at) [dot] com</p>
      <p>Telefone: (11) 1234 ou 0000-0000; CNPJ 12.345.678/0001-90; CEP 01310-100</p>
      <img src="logo@2x.png" alt="logo@2x.png"><a href="mailto:not-an-address">x</a><a href="tel:123">y</a>
      <a href="https://www.facebook.com/sharer/sharer.php?u=x">share</a><a href="https://twitter.com/intent/tweet">tweet</a>
      <a href="https://www.linkedin.com/in/someone">me</a></main>`;
    const output = await extract(domain, [crawled(domain, "/contato", html, "contact")]);
    expect(output.facts).toEqual([]);
    expect(output.message).toBe("Found 0 emails, 0 phones, 0 people and 0 social profiles on 1 page");
  });

  it("merges a person named on two pages, deduplicates addresses and keeps the most confident source", async () => {
    const team = `<main><h3>Dra. Ana Souza</h3><p>Diretora Comercial</p><h3>Pedro Lima</h3><p>Gerente de Vendas</p>
      <p>Fale com VENDAS@acme.com.br</p></main>`;
    const about = `<main><h2>Ana Souza</h2><p>Fundadora</p><a href="mailto:vendas@acme.com.br?subject=Oi">vendas@acme.com.br</a>
      <a href="tel:+55-11-3456-7890">ligue</a> ou (11) 3456-7890</main>`;
    const output = await extract(domain, [crawled(domain, "/equipe", team, "team"), crawled(domain, "/sobre", about, "about")]);
    expect(value<Person>(output.facts, "contact.people")).toEqual([
      { name: "Dra. Ana Souza", role: "Diretora Comercial", sourceUrl: `https://${domain}/equipe` },
      { name: "Pedro Lima", role: "Gerente de Vendas", sourceUrl: `https://${domain}/equipe` },
    ]);
    expect(value<Email>(output.facts, "contact.emails")).toEqual([{ address: "vendas@acme.com.br", role: true, sourceUrl: `https://${domain}/sobre` }]);
    expect(value<Phone>(output.facts, "contact.phones")).toEqual([{ e164: "+551134567890", international: "+55 11 3456 7890", sourceUrl: `https://${domain}/sobre` }]);
    expect(output.message).toBe("Found 1 email, 1 phone, 2 people and 0 social profiles on 2 pages");
  });

  it("does not take headings, product names or prose for people", async () => {
    const html = `<main><h1>Our Team</h1><h2>Leadership Team</h2><p>Chief Executive Officer</p>
      <h3>Acme Cloud Platform</h3><p>Our director of sales says hello. We ship fast.</p></main>`;
    const output = await extract("acme.com", [crawled("acme.com", "/team", html, "team")]);
    expect(output.facts.find((fact) => fact.key === "contact.people")).toBeUndefined();
  });

  it("returns no facts and says why when no page was read", async () => {
    const output = await extract(domain, []);
    expect(output).toEqual({ facts: [], message: "No contacts extracted: no pages of the site were read" });
  });
});

describe("contact extractor accuracy over every fixture site", () => {
  it("gets most of the answer key right and prints the share per kind", async () => {
    const kinds = ["emails", "phones", "social", "people"] as const;
    const totals = Object.fromEntries(kinds.map((kind) => [kind, { right: 0, union: 0 }]));
    for (const [domain, answers] of Object.entries(contactFixtureAnswers)) {
      const facts = await fixture(domain);
      const found = {
        emails: value<Email>(facts, "contact.emails").map((email) => `${email.address}${email.role ? " (role)" : ""}`),
        phones: value<Phone>(facts, "contact.phones").map((phone) => phone.e164),
        social: value<string>(facts, "contact.social"),
        people: value<Person>(facts, "contact.people").map((person) => `${person.name} | ${person.role}`),
      };
      for (const kind of kinds) {
        const expected = new Set(answers[kind]);
        const union = new Set([...expected, ...found[kind]]);
        totals[kind]!.right += found[kind].filter((item) => expected.has(item)).length;
        totals[kind]!.union += union.size;
      }
    }
    const share = (right: number, union: number) => (union === 0 ? 1 : right / union);
    const all = Object.values(totals).reduce((sum, total) => ({ right: sum.right + total.right, union: sum.union + total.union }), { right: 0, union: 0 });
    const lines = kinds.map((kind) => `${kind} ${totals[kind]!.right}/${totals[kind]!.union} (${(100 * share(totals[kind]!.right, totals[kind]!.union)).toFixed(1)}%)`);
    console.info(`contact-extractor accuracy over ${Object.keys(contactFixtureAnswers).length} fixture sites (right / right+missed+wrong): ${lines.join(", ")}; overall ${(100 * share(all.right, all.union)).toFixed(1)}%`);
    expect(share(all.right, all.union)).toBeGreaterThan(0.95);
  });
});
