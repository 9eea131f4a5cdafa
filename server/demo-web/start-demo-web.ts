import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { CatalogSite } from "./catalog-site";
import { textType } from "./demo-page";
import { normalizeDemoHost } from "./normalize-demo-host";
import { readFixtureFile } from "./read-fixture-file";
import { renderSyntheticPage } from "./render-synthetic-page";
import { serveHostile } from "./serve-hostile";
import { loadSiteCatalog, type SiteCatalog } from "./site-catalog";
import { syntheticSite } from "./synthetic-site";

export type DemoWeb = {
  port: number;
  origin: string;
  catalog: SiteCatalog;
  /** "127.0.0.1:<port>" for any demo domain (with or without `www.`), null for the rest of the internet. */
  hostOverride(hostname: string): string | null;
  /** Stops listening and cuts every open connection, including never-ending ones. */
  close(): Promise<void>;
};

export type DemoWebOptions = {
  port?: number;
  syntheticCount?: number;
  /** Reuse a loaded catalog (e.g. the one search was built from) instead of loading another. */
  catalog?: SiteCatalog;
};

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "content-type": textType });
  res.end(`${text}\n`);
}

async function serveSite(site: CatalogSite, pathname: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const source = site.source;
  if (source.kind === "hostile") return serveHostile(source.behaviour, pathname, req, res);
  if (source.kind === "synthetic") {
    const page = renderSyntheticPage(syntheticSite(source.index), pathname);
    if (!page) return sendText(res, 404, `Not found: ${pathname}`);
    res.writeHead(page.status, { "content-type": page.contentType, "content-length": Buffer.byteLength(page.body) });
    res.end(page.body);
    return;
  }
  const file = await readFixtureFile(source.dir, pathname);
  if (!file) return sendText(res, 404, `Not found: ${pathname}`);
  res.writeHead(200, { ...source.headers, "content-type": file.contentType, "content-length": file.body.length });
  res.end(file.body);
}

/** A local, fictional web: serves every catalog site by Host header on 127.0.0.1. */
export async function startDemoWeb(options: DemoWebOptions = {}): Promise<DemoWeb> {
  const catalog = options.catalog ?? (await loadSiteCatalog({ syntheticCount: options.syntheticCount }));
  const server = createServer((req, res) => {
    const site = catalog.get(req.headers.host ?? "");
    if (!site) return sendText(res, 404, `Unknown demo host: ${normalizeDemoHost(req.headers.host ?? "") || "(none)"}`);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      return sendText(res, 405, "Method not allowed");
    }
    const pathname = new URL(req.url ?? "/", "http://demo.invalid").pathname;
    serveSite(site, pathname, req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, "Demo web failed to read this page");
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    catalog,
    hostOverride: (hostname) => (catalog.get(hostname) ? `127.0.0.1:${port}` : null),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // close() alone waits for open responses, and the drip site's never end.
        server.closeAllConnections();
      }),
  };
}
