import { request, type IncomingHttpHeaders } from "node:http";

export type DemoSiteResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/**
 * GET `path` of the demo site `host` from a demo web listening on `port`. fetch() cannot set
 * the Host header, so tests and scripts that talk to the demo web by name use this instead.
 */
export function requestDemoSite(
  port: number,
  host: string,
  path: string,
  options: { method?: string; timeoutMs?: number } = {},
): Promise<DemoSiteResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: { host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.setTimeout(options.timeoutMs ?? 5_000, () => req.destroy(new Error(`No answer from ${host}${path} in time`)));
    req.on("error", reject);
    req.end();
  });
}
