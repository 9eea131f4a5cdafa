import { readFile } from "node:fs/promises";
import path from "node:path";

export type FixtureFile = { body: Buffer; contentType: string };

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** The files a URL path may be stored as: `/` → index.html, `/about` → about.html or about/index.html. */
function candidates(segments: string[]): string[] {
  if (segments.length === 0) return ["index.html"];
  const joined = segments.join("/");
  if (path.extname(joined)) return [joined];
  return [`${joined}.html`, `${joined}/index.html`];
}

/**
 * The fixture file a URL path maps to, or null. Dot-segments and dotfiles are refused rather
 * than resolved, so no request can read outside the site's folder, and `site.json` (catalog
 * metadata, not part of the site) is never served.
 */
export async function readFixtureFile(siteDir: string, pathname: string): Promise<FixtureFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const segments = decoded.split("/").filter(Boolean);
  if (decoded.includes("\0") || decoded.includes("\\") || segments.some((s) => s.startsWith("."))) return null;
  if (segments.length === 1 && segments[0] === "site.json") return null;
  for (const relative of candidates(segments)) {
    const file = path.join(siteDir, relative);
    if (!file.startsWith(siteDir + path.sep)) return null;
    try {
      const body = await readFile(file);
      return { body, contentType: contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream" };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "EISDIR" && code !== "ENOTDIR") throw error;
    }
  }
  return null;
}
