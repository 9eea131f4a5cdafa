import { load } from "cheerio";
import type { Agent, CrawledPage, Fact } from "./agent";
import { defaultCountry } from "./contacts/default-country";
import { extractEmails, type FoundEmail } from "./contacts/extract-emails";
import { extractPeople, type FoundPerson } from "./contacts/extract-people";
import { extractPhones, type FoundPhone } from "./contacts/extract-phones";
import { extractSocialLinks } from "./contacts/extract-social-links";
import { pageLines } from "./contacts/page-lines";
import { personKey } from "./contacts/person-key";

// Contact and team pages state contacts on purpose; the first page to state one is its source.
const pageOrder: CrawledPage["kind"][] = ["contact", "team", "about", "home", "other", "careers", "blog"];
// Blog posts and job ads name clients, authors and hiring managers; home pages quote customers
// and pair product names with taglines. None of them lists the people to approach.
const peoplePageKinds = new Set<CrawledPage["kind"]>(["team", "about", "contact", "other"]);

/** Keeps one entry per key: the most confident, and on a tie the first found. */
function dedupe<T extends { confidence: number }>(items: T[], keyOf: (item: T) => string): T[] {
  const best = new Map<string, T>();
  for (const item of items) {
    const current = best.get(keyOf(item));
    if (!current || item.confidence > current.confidence) best.set(keyOf(item), item);
  }
  return [...best.values()];
}

/** Keeps the first item under each key, so a person named on the team page and again on about is one entry. */
function firstOf<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(keyOf(item))) seen.set(keyOf(item), item);
  return [...seen.values()];
}

function listFact<T>(key: string, items: T[], confidence: number, sourceUrl: string | null): Fact | null {
  return items.length === 0 ? null : { key, value: items, method: "parsed", sourceUrl, confidence };
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Emails, phone numbers (E.164 and international format), the company's social profiles and
 * named people with their roles, read from every crawled page. Each item keeps the page it
 * came from; a fact's confidence is that of its best-supported item.
 */
export const contactExtractor: Agent = {
  name: "contact-extractor",
  label: "Contact extractor",
  kind: "deterministic",
  async run({ lead, facts: known, pages }) {
    if (pages.length === 0) {
      return { facts: [], message: "No contacts extracted: no pages of the site were read" };
    }
    const normalized = known.find((fact) => fact.key === "domain.normalized")?.value;
    const country = defaultCountry(typeof normalized === "string" ? normalized : lead.domain);
    const ordered = [...pages].sort((a, b) => pageOrder.indexOf(a.kind) - pageOrder.indexOf(b.kind));

    const emails: FoundEmail[] = [];
    const phones: FoundPhone[] = [];
    const social: { link: string; sourceUrl: string }[] = [];
    const people: FoundPerson[] = [];
    for (const page of ordered) {
      const $ = load(page.html);
      const url = page.finalUrl || page.url;
      emails.push(...extractEmails($, url));
      phones.push(...extractPhones($, url, country));
      social.push(...extractSocialLinks($).map((link) => ({ link, sourceUrl: url })));
      if (peoplePageKinds.has(page.kind)) people.push(...extractPeople(pageLines($), url));
    }

    const uniqueEmails = dedupe(emails, (email) => email.address);
    const uniquePhones = dedupe(phones, (phone) => phone.e164);
    const uniqueSocial = firstOf(social, (item) => item.link.toLowerCase());
    const uniquePeople = firstOf(people, (person) => personKey(person.name));
    const top = <T extends { confidence: number; sourceUrl: string }>(items: T[]) =>
      items.reduce<T | undefined>((best, item) => (!best || item.confidence > best.confidence ? item : best), undefined);

    const facts = [
      listFact("contact.emails", uniqueEmails.map(({ address, role, sourceUrl }) => ({ address, role, sourceUrl })),
        top(uniqueEmails)?.confidence ?? 0, top(uniqueEmails)?.sourceUrl ?? null),
      listFact("contact.phones", uniquePhones.map(({ e164, international, sourceUrl }) => ({ e164, international, sourceUrl })),
        top(uniquePhones)?.confidence ?? 0, top(uniquePhones)?.sourceUrl ?? null),
      listFact("contact.social", uniqueSocial.map((item) => item.link), 0.9, uniqueSocial[0]?.sourceUrl ?? null),
      listFact("contact.people", uniquePeople, 0.6, uniquePeople[0]?.sourceUrl ?? null),
    ].filter((fact): fact is Fact => fact !== null);

    const summary = `${count(uniqueEmails.length, "email")}, ${count(uniquePhones.length, "phone")}, ${count(uniquePeople.length, "person").replace(/persons$/, "people")}`;
    return { facts, message: `Found ${summary} and ${count(uniqueSocial.length, "social profile")} on ${count(pages.length, "page")}` };
  },
};
