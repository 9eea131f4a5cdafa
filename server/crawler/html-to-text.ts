import { load, type CheerioAPI } from "cheerio";

const lineBreak = "\uE000";
const invisible = "script, style, noscript, template, svg, iframe, object, head";
const blocks =
  "p, div, section, article, header, footer, main, nav, aside, li, ul, ol, dl, dt, dd, table, tr, td, th, " +
  "h1, h2, h3, h4, h5, h6, address, blockquote, pre, form, fieldset, figure, figcaption, hr";

/**
 * The words a reader sees, one line per block, so heuristics can match "fundada em 2014" or an
 * address line without tags gluing "Sobre</p><p>Equipe" into "SobreEquipe".
 * Takes raw HTML or an already loaded document (which it leaves untouched).
 */
export function htmlToText(input: string | CheerioAPI): string {
  const $ = load(typeof input === "string" ? input : input.html());
  $(invisible).remove();
  // Newlines in the source are layout, not structure; a private-use mark stands for real breaks.
  $("br").replaceWith(lineBreak);
  $(blocks).each((_, element) => {
    $(element).prepend(lineBreak).append(lineBreak);
  });
  const text = $("body").length ? $("body").text() : $.root().text();
  return text
    .split(lineBreak)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}
