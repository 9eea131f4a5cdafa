import type { CheerioAPI } from "cheerio";
import { classifyLink } from "./classify-link";
import { extractLinks } from "./extract-links";

// Listing pages of a blog, not posts.
const listingSegment = /^(tag|tags|category|categories|categoria|categorias|author|autor|page|pagina|feed|archive|arquivo)$/i;

/**
 * Links on a blog index that look like its posts: deeper paths under the blog's own path
 * (or, for a blog at the root of its own host, any deeper path there), minus tag, category,
 * author and pagination listings and the site's navigation links.
 */
export function discoverBlogPosts($: CheerioAPI, blogUrl: string, isSameSite: (url: URL) => boolean): string[] {
  const blog = new URL(blogUrl);
  const prefix = blog.pathname.replace(/\/+$/, "");
  return extractLinks($, blogUrl)
    .filter(({ url }) => isSameSite(url) && url.host === blog.host && !url.search)
    .filter((link) => {
      const path = link.url.pathname.replace(/\/+$/, "");
      if (!path.startsWith(`${prefix}/`) || path === prefix) return false;
      const rest = path.slice(prefix.length).split("/").filter(Boolean);
      return !rest.some((segment) => listingSegment.test(segment)) && !classifyLink(link);
    })
    .map(({ url }) => url.href);
}
