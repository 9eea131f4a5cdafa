import type { CheerioAPI } from "cheerio";

// First path segments that are share widgets, posts or app pages rather than a profile.
const notProfiles = new Set([
  "share", "sharer", "sharer.php", "intent", "home", "dialog", "tr", "plugins", "p", "reel", "explore", "watch",
  "embed", "hashtag", "search", "login", "signup", "shareArticle", "sharing",
]);

const profilePaths: [RegExp, RegExp][] = [
  [/(^|\.)linkedin\.com$/, /^\/(company|school|showcase)\/[^/]+/],
  [/(^|\.)(x|twitter)\.com$/, /^\/[A-Za-z0-9_]{1,15}$/],
  [/(^|\.)instagram\.com$/, /^\/[A-Za-z0-9_.]+$/],
  [/(^|\.)facebook\.com$/, /^\/[^/]+$/],
  [/(^|\.)youtube\.com$/, /^\/(@[^/]+|channel\/[^/]+|c\/[^/]+|user\/[^/]+)/],
  [/(^|\.)github\.com$/, /^\/[A-Za-z0-9-]+$/],
];

/**
 * The company's own profiles on LinkedIn, X/Twitter, Instagram, Facebook, YouTube and GitHub,
 * as canonical https URLs. Personal LinkedIn profiles (`/in/`) and share buttons are left out.
 */
export function extractSocialLinks($: CheerioAPI): string[] {
  const links: string[] = [];
  $("a[href]").each((_, element) => {
    let url: URL;
    try {
      url = new URL($(element).attr("href")?.trim() ?? "");
    } catch {
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") return;
    const host = url.hostname.toLowerCase();
    const path = url.pathname.replace(/\/+$/, "");
    const first = path.split("/")[1] ?? "";
    if (!first || notProfiles.has(first)) return;
    const match = profilePaths.find(([hostPattern, pathPattern]) => hostPattern.test(host) && pathPattern.test(path));
    if (match) links.push(`https://${host.replace(/^(m|mobile)\./, "www.")}${path}`);
  });
  return links;
}
