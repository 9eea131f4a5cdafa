import type { CheerioAPI } from "cheerio";

/**
 * The page's text one DOM text node a line. Regexes for emails and phone numbers run on this, not
 * on rendered text, so `<span>Sales</span><span>sales@x.com</span>` does not yield "salessales@x.com"
 * and `<span>Ouvidoria</span><span>0800 772 0199</span>` keeps the boundary before the number.
 */
export function textByNode($: CheerioAPI): string {
  return $("body *:not(script):not(style):not(noscript):not(template)")
    .contents()
    .toArray()
    .flatMap((node) => (node.type === "text" && node.data.trim() ? [node.data.replace(/\s+/g, " ").trim()] : []))
    .join("\n");
}
