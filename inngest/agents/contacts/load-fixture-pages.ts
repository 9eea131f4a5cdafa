import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { classifyLink } from "@/server/crawler/classify-link";
import { htmlToText } from "@/server/crawler/html-to-text";
import type { CrawledPage } from "../agent";

const sitesRoot = path.join(process.cwd(), "demo-web", "sites");

function htmlFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return entry.endsWith(".html") ? [full] : [];
  });
}

/**
 * A demo-web fixture site's HTML pages as the crawler would store them (for tests): URLs as the
 * demo web serves them, kinds from the crawler's own link classifier.
 */
export function loadFixturePages(domain: string): CrawledPage[] {
  const root = path.join(sitesRoot, domain);
  return htmlFiles(root)
    .sort()
    .map((file) => {
      const relative = path.relative(root, file).split(path.sep).join("/").replace(/(^|\/)index\.html$/, "").replace(/\.html$/, "");
      const url = `https://${domain}/${relative}`;
      const html = readFileSync(file, "utf8");
      const isPost = relative.includes("/") && classifyLink({ url: new URL(`https://${domain}/${relative.split("/")[0]}`), text: "" }) === "blog";
      const kind: CrawledPage["kind"] = relative === "" ? "home" : isPost ? "blog" : (classifyLink({ url: new URL(url), text: "" }) ?? "other");
      return {
        url, finalUrl: url, status: 200, contentType: "text/html; charset=utf-8", kind, title: null,
        html, text: htmlToText(html), bytes: Buffer.byteLength(html), fetchedAt: "2026-01-01T00:00:00.000Z",
      };
    });
}
