import type { CheerioAPI } from "cheerio";
import type { AnyNode } from "domhandler";

const blockTags = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
  "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "section", "table", "tbody",
  "td", "th", "thead", "tr", "ul",
]);
// Navigation and chrome repeat on every page and never name a person with a role.
const skippedTags = new Set(["script", "style", "noscript", "template", "svg", "nav", "header", "footer", "head", "select", "button"]);

/**
 * The page's visible text as the lines a reader sees: block elements and `<br>` end a line,
 * inline markup (`<strong>`, `<span>`, `<font>`) does not.
 */
export function pageLines($: CheerioAPI): string[] {
  const lines: string[] = [];
  let current = "";
  const flush = () => {
    const line = current.replace(/\s+/g, " ").trim();
    if (line) lines.push(line);
    current = "";
  };
  const walk = (node: AnyNode) => {
    if (node.type === "text") {
      current += node.data;
      return;
    }
    if (!("children" in node)) return;
    const name = "name" in node ? node.name.toLowerCase() : "";
    if (skippedTags.has(name)) return;
    const block = blockTags.has(name);
    if (block) flush();
    for (const child of node.children) walk(child);
    if (block) flush();
  };
  for (const node of $.root().toArray()) walk(node);
  flush();
  return lines;
}
