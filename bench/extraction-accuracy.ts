/**
 * How many of the hand-checked demo-web facts each deterministic extraction agent gets right. For
 * each agent and kind of fact: answers found / answers (recall), values reported that are not
 * answers (extra), and precision, over the fixture sites the agent tests' answer keys cover.
 * Pages are read as the crawler stores them, with the response headers each site.json declares.
 *
 *   npm run bench:accuracy               # --details also lists every miss and extra value
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Agent, AgentInput, CrawledPage, Fact } from "@/inngest/agents/agent";
import { buyingSignals } from "@/inngest/agents/buying-signals";
import { companyProfiler } from "@/inngest/agents/company-profiler";
import { contactExtractor } from "@/inngest/agents/contact-extractor";
import { contactFixtureAnswers } from "@/inngest/agents/contacts/fixture-answers";
import { loadFixturePages } from "@/inngest/agents/contacts/load-fixture-pages";
import { gradeProfile, type ProfileField, profileFields, profileFixtureAnswers } from "@/inngest/agents/profiler/fixture-answers";
import { signalFixtureAnswers } from "@/inngest/agents/signals/fixture-answers";
import type { FundingSignal } from "@/inngest/agents/signals/read-funding";
import type { JobRole } from "@/inngest/agents/signals/read-jobs";
import { techFixtureAnswers } from "@/inngest/agents/tech/fixture-answers";
import { type DetectedTech, techStackDetector } from "@/inngest/agents/tech-stack-detector";
import { fingerprintHeaders } from "@/server/crawler/fingerprint-headers";

type Case = { domain: string; expected: string[]; reported: string[] };
type Row = { agent: string; fact: string; sites: number; found: number; expected: number; extra: number; notes: string[] };

const sitesDir = path.join(process.cwd(), "demo-web", "sites");

/** Each fixture page as the crawler keeps it, with the fingerprint headers and cookie names the demo web sends. */
function fixturePages(domain: string): CrawledPage[] {
  const site = JSON.parse(readFileSync(path.join(sitesDir, domain, "site.json"), "utf8")) as { headers?: Record<string, string | string[]> };
  const extras = fingerprintHeaders(site.headers ?? {});
  return loadFixturePages(domain).map((page) => ({ ...page, ...extras }));
}

async function run(agent: Agent, domain: string): Promise<Fact[]> {
  const input: AgentInput = { lead: { id: `lead-${domain}`, workspaceId: "bench", domain, companyName: null }, facts: [], pages: fixturePages(domain), env: { allowPrivateNetworks: true } };
  return (await agent.run(input)).facts;
}

const valueOf = <T>(facts: Fact[], key: string, fallback: T) => (facts.find((fact) => fact.key === key)?.value ?? fallback) as T;

/** Matches reported values to answers one for one, so a value reported twice counts once as right and once as extra. */
function score(agent: string, fact: string, cases: Case[]): Row {
  const row: Row = { agent, fact, sites: cases.length, found: 0, expected: 0, extra: 0, notes: [] };
  for (const { domain, expected, reported } of cases) {
    const left = [...expected];
    row.expected += expected.length;
    for (const value of reported) {
      const at = left.indexOf(value);
      if (at >= 0) left.splice(at, 1);
      else row.notes.push(`+ ${domain}: ${value}`);
      row[at >= 0 ? "found" : "extra"] += 1;
    }
    row.notes.push(...left.map((value) => `- ${domain}: ${value}`));
  }
  return row;
}

// Values are written the way the agent tests compare them: the role flag on emails, E.164 phones, "name | role" people.
async function contactRows(): Promise<Row[]> {
  const kinds = ["emails", "phones", "social", "people"] as const;
  const cases = new Map<(typeof kinds)[number], Case[]>(kinds.map((kind) => [kind, []]));
  for (const [domain, answers] of Object.entries(contactFixtureAnswers)) {
    const facts = await run(contactExtractor, domain);
    const reported = {
      emails: valueOf<{ address: string; role: boolean }[]>(facts, "contact.emails", []).map((e) => `${e.address}${e.role ? " (role)" : ""}`),
      phones: valueOf<{ e164: string }[]>(facts, "contact.phones", []).map((phone) => phone.e164),
      social: valueOf<string[]>(facts, "contact.social", []),
      people: valueOf<{ name: string; role: string }[]>(facts, "contact.people", []).map((p) => `${p.name} | ${p.role}`),
    };
    for (const kind of kinds) cases.get(kind)!.push({ domain, expected: answers[kind], reported: reported[kind] });
  }
  return kinds.map((kind) => score("contact-extractor", kind, cases.get(kind)!));
}

async function techRows(): Promise<Row[]> {
  const cases: Case[] = [];
  for (const [domain, expected] of Object.entries(techFixtureAnswers)) {
    const stack = valueOf<DetectedTech[]>(await run(techStackDetector, domain), "tech.stack", []);
    cases.push({ domain, expected, reported: stack.map((tech) => tech.name) });
  }
  return [score("tech-stack-detector", "technologies", cases)];
}

// gradeProfile writes a value it judges right (a range holding the headcount, a label naming the city) as the answer.
async function profilerRows(): Promise<Row[]> {
  const cases = new Map<ProfileField, Case[]>(profileFields.map((field) => [field, []]));
  for (const [domain, answer] of Object.entries(profileFixtureAnswers)) {
    const graded = gradeProfile(await run(companyProfiler, domain), answer);
    for (const field of profileFields) cases.get(field)!.push({ domain, ...graded[field] });
  }
  return profileFields.map((field) => score("company-profiler", field, cases.get(field)!));
}

// A site is scored only for the kinds of signal its answers cover; one listed under noFunding is expected to report none.
async function signalRows(): Promise<Row[]> {
  const { funding, noFunding, hiring, hiringDates, news, expansion } = signalFixtureAnswers;
  const domains = [...new Set([funding, hiring, hiringDates, news, expansion].flatMap(Object.keys).concat(noFunding))];
  const facts = new Map<string, Fact[]>();
  for (const domain of domains) facts.set(domain, await run(buyingSignals, domain));
  const reported = <T>(domain: string, key: string) => valueOf<T[]>(facts.get(domain)!, key, []);
  const roles = (domain: string) => valueOf<{ roles: JobRole[] } | null>(facts.get(domain)!, "signal.hiring", null)?.roles ?? [];
  const role = (r: Omit<JobRole, "sourceUrl">) => `${r.title} | ${r.location} | ${r.postedAt}`;
  const round = (f: Omit<FundingSignal, "sourceUrl" | "quote">) => `${f.round} ${f.currency} ${f.amount} ${f.date}`;
  const post = (p: { title: string; date: string | null; sourceUrl: string }) => `${p.title} | ${p.date} | ${p.sourceUrl}`;
  const dated = (p: { date: string | null; sourceUrl: string }) => `${p.date} | ${p.sourceUrl}`;
  const cases = <A>(answers: Record<string, A[]>, expected: (a: A) => string, found: (domain: string) => string[]) =>
    Object.entries(answers).map(([domain, list]) => ({ domain, expected: list.map(expected), reported: found(domain) }));
  const rounds = { ...Object.fromEntries(noFunding.map((domain) => [domain, []])), ...Object.fromEntries(Object.entries(funding).map(([d, f]) => [d, [f]])) };
  return [
    score("buying-signals", "hiring roles", cases(hiring, role, (d) => roles(d).map(role))),
    score("buying-signals", "hiring dates", cases(hiringDates, String, (d) => roles(d).map((r) => String(r.postedAt)))),
    score("buying-signals", "funding", cases(rounds, round, (d) => reported<FundingSignal>(d, "signal.funding").map(round))),
    score("buying-signals", "news", cases(news, post, (d) => reported<Parameters<typeof post>[0]>(d, "signal.news").map(post))),
    score("buying-signals", "expansion", cases(expansion, dated, (d) => reported<Parameters<typeof dated>[0]>(d, "signal.expansion").map(dated))),
  ];
}

const pct = (part: number, whole: number) => (whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`);
const widths = [20, 14, 6, 16, 8, 6, 10];

function line(cells: (string | number)[]): string {
  return cells.map((cell, i) => (i < 2 ? String(cell).padEnd(widths[i]!) : String(cell).padStart(widths[i]!))).join(" ").trimEnd();
}

function printTable(rows: Row[]) {
  const counts = (found: number, expected: number, extra: number) => [`${found}/${expected}`, pct(found, expected), extra, pct(found, found + extra)];
  const sum = (key: "found" | "expected" | "extra") => rows.reduce((total, row) => total + row[key], 0);
  console.info(line(["agent", "fact", "sites", "found/expected", "recall", "extra", "precision"]));
  for (const r of rows) console.info(line([r.agent, r.fact, r.sites, ...counts(r.found, r.expected, r.extra)]));
  console.info(line(["total", "", "", ...counts(sum("found"), sum("expected"), sum("extra"))]));
}

async function main() {
  const rows = [...(await profilerRows()), ...(await contactRows()), ...(await techRows()), ...(await signalRows())];
  printTable(rows);
  console.info("\nnot scored: email-infrastructure (demo domains have no DNS)");
  const notes = rows.flatMap((row) => row.notes.map((note) => `${row.agent} ${row.fact} ${note}`));
  if (process.argv.includes("--details")) console.info(`\nmissed (-) and extra (+) values:\n${notes.join("\n") || "none"}`);
  else if (notes.length > 0) console.info(`${notes.length} missed or extra values; run with --details to list them`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
