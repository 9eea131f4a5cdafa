import type { CheerioAPI } from "cheerio";

export type PageLink = { url: URL; text: string };

/**
 * The page's outgoing http(s) links, absolute, without fragments, first occurrence kept.
 * Link text falls back to aria-label/title so icon-only navigation still has words to match.
 */
export function extractLinks($: CheerioAPI, pageUrl: string): PageLink[] {
  let base: URL;
  try {
    base = new URL($("base[href]").attr("href") ?? pageUrl, pageUrl);
  } catch {
    base = new URL(pageUrl);
  }
  const links = new Map<string, PageLink>();
  $("a[href]").each((_, element) => {
    const anchor = $(element);
    const href = anchor.attr("href")?.trim();
    if (!href || /^(#|mailto:|tel:|javascript:|data:)/i.test(href)) return;
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      return;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return;
    url.hash = "";
    if (links.has(url.href)) return;
    const text = (anchor.text() || anchor.attr("aria-label") || anchor.attr("title") || "").replace(/\s+/g, " ").trim();
    links.set(url.href, { url, text });
  });
  return [...links.values()];
}
