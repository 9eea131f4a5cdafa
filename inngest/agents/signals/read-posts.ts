import type { CheerioAPI } from "cheerio";
import { parseDate } from "./parse-date";

/** A dated (or undated) post or news item, as a listing summary or as its own page. */
export type Post = { title: string; date: string | null; url: string; text: string };

const clean = (value: string) => value.replace(/\s+/g, " ").trim();
// Headings and paragraphs run together in `.text()` ("Series AAcme"); joining blocks keeps words apart.
const blockText = ($: CheerioAPI, scope: ReturnType<CheerioAPI>) =>
  clean($("<div>").html((scope.html() ?? "").replace(/<\/(h\d|p|li|time|span|i|td|div|a)>|<br\s*\/?>/gi, "$& ")).text());

function stampIn(scope: ReturnType<CheerioAPI>): string | null {
  const stamp = scope.find("time[datetime], [data-date], [itemprop='datePublished']").first();
  const attr = stamp.attr("datetime") ?? stamp.attr("data-date") ?? stamp.attr("content");
  return (attr && parseDate(attr)) || (stamp.length ? parseDate(stamp.text()) : null);
}

/**
 * Posts on a blog or news page: each `<article>` summary of a listing (titled by its heading,
 * addressed by its link), or, on a post's own page, the page itself (its `<h1>` and the first
 * date after it). A page with no date and no listing is not a post.
 */
export function readPosts($: CheerioAPI, url: string): Post[] {
  const summaries = $("article, .post-summary, .blog-post, .news-item").filter((_, el) => $(el).find("h2 a, h3 a").length > 0).toArray();
  if (summaries.length > 0) {
    return summaries.map((el) => {
      const link = $(el).find("h2 a, h3 a").first();
      let href = url;
      try { href = new URL(link.attr("href") ?? "", url).toString(); } catch { /* keep the listing's URL */ }
      return { title: clean(link.text()), date: stampIn($(el)) ?? parseDate(clean($(el).text())), url: href, text: blockText($, $(el)) };
    });
  }
  const h1 = $("h1").first();
  const title = clean(h1.text());
  if (!title) return [];
  const container = h1.closest("article").length ? h1.closest("article") : h1.parent();
  const whole = blockText($, container);
  const after = whole.slice(whole.indexOf(title) + title.length);
  const date = stampIn(container) ?? parseDate(after.slice(0, 200));
  if (!date) return [];
  return [{ title, date, url, text: `${title}. ${after}` }];
}
