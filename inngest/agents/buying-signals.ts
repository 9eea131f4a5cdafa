import { load } from "cheerio";
import type { Agent, Fact } from "./agent";
import { readExpansion } from "./signals/read-expansion";
import { readFunding } from "./signals/read-funding";
import { type JobRole, readJobs } from "./signals/read-jobs";
import { type Post, readPosts } from "./signals/read-posts";

const key = (url: string) => url.replace(/[?#].*$/, "").replace(/(\.html|\/index\.html)$/, "").replace(/\/+$/, "");
const newestFirst = <T extends { date: string | null }>(a: T, b: T) => (b.date ?? "").localeCompare(a.date ?? "");
const confidence = (dated: boolean) => (dated ? 0.8 : 0.6);

/** One post per address and per title; its own page beats a listing summary (fuller text, its own URL). */
function mergePosts(posts: Post[]): Post[] {
  const byUrl = new Map<string, Post>();
  for (const post of posts) {
    const current = byUrl.get(key(post.url));
    if (!current || post.text.length > current.text.length) byUrl.set(key(post.url), { ...post, date: post.date ?? current?.date ?? null });
  }
  const byTitle = new Map<string, Post>();
  for (const post of byUrl.values()) if (!byTitle.has(post.title.toLowerCase())) byTitle.set(post.title.toLowerCase(), post);
  return [...byTitle.values()].sort(newestFirst);
}

/**
 * Reasons to reach out now, each with its date (when the page states one) and its URL: open roles
 * on careers pages, recent posts, funding rounds and expansion announcements in those posts.
 */
export const buyingSignals: Agent = {
  name: "buying-signals",
  label: "Buying signals",
  kind: "deterministic",
  async run({ pages }) {
    if (pages.length === 0) return { facts: [], message: "No pages to read signals from: the site was not read" };
    const roles: JobRole[] = [];
    const posts: Post[] = [];
    for (const page of pages) {
      const $ = load(page.html);
      const url = page.finalUrl || page.url;
      if (page.kind === "careers") roles.push(...readJobs($, url));
      else if (page.kind === "blog" || page.kind === "other" || $("article h2 a, article h3 a").length > 0) posts.push(...readPosts($, url));
    }
    const uniqueRoles = [...new Map(roles.map((role) => [`${role.title}|${role.location}`.toLowerCase(), role])).values()];
    const news = mergePosts(posts);
    const funding = news.map(readFunding).filter((signal) => signal !== null);
    const expansion = news.map(readExpansion).filter((signal) => signal !== null);

    const facts: Fact[] = [];
    if (uniqueRoles.length > 0) {
      facts.push({ key: "signal.hiring", value: { count: uniqueRoles.length, roles: uniqueRoles }, method: "parsed", sourceUrl: uniqueRoles[0]?.sourceUrl ?? null, confidence: confidence(uniqueRoles.some((r) => r.postedAt)) });
    }
    const [latest] = news;
    if (latest) {
      const value = news.map(({ title, date, url }) => ({ title, date, sourceUrl: url }));
      facts.push({ key: "signal.news", value, method: "parsed", sourceUrl: latest.url, confidence: confidence(latest.date !== null) });
    }
    const [latestFunding] = funding;
    const [latestExpansion] = expansion;
    if (latestFunding) facts.push({ key: "signal.funding", value: funding, method: "parsed", sourceUrl: latestFunding.sourceUrl, confidence: confidence(latestFunding.date !== null) });
    if (latestExpansion) facts.push({ key: "signal.expansion", value: expansion, method: "parsed", sourceUrl: latestExpansion.sourceUrl, confidence: confidence(latestExpansion.date !== null) });

    const parts: string[] = [];
    if (uniqueRoles.length > 0) parts.push(`Hiring ${uniqueRoles.length} role${uniqueRoles.length === 1 ? "" : "s"}`);
    if (latestFunding) parts.push(`${latestFunding.round ?? "Funding"}${latestFunding.date ? ` (${latestFunding.date})` : ""}`);
    if (latestExpansion) parts.push(`expansion: ${latestExpansion.summary}${latestExpansion.date ? ` (${latestExpansion.date})` : ""}`);
    if (parts.length === 0 && latest) parts.push(`${news.length} post${news.length === 1 ? "" : "s"}, latest ${latest.date ?? "undated"}`);
    return { facts, message: parts.length > 0 ? parts.join("; ") : `No buying signals on ${pages.length} page${pages.length === 1 ? "" : "s"}` };
  },
};
