import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { ResolvedHost } from "@/server/crawler/resolve-host";

export type WebhookResponse = { status: number; body: string };

const MAX_BODY_BYTES = 2_048;

/**
 * One POST, connected only to the address the SSRF check approved (the `lookup` answers with
 * it alone) and never following redirects. Up to 2 kB of the answer is kept for the log.
 */
export function postWebhook(url: URL, target: ResolvedHost, headers: Record<string, string>, payload: string, timeoutMs: number): Promise<WebhookResponse> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const pinned: LookupFunction = (_name, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? https : http).request({
      method: "POST",
      hostname: host,
      port: target.port ?? (url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      servername: isIP(host) ? undefined : host,
      lookup: pinned,
      agent: false,
      timeout: timeoutMs,
      headers: {
        ...headers,
        Host: url.host,
        "Content-Type": "application/json",
        "Content-Length": String(Buffer.byteLength(payload)),
        "User-Agent": "NelliaProspector-Webhooks/1.0",
        Connection: "close",
      },
    });
    const deadline = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    request.on("error", (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        clearTimeout(deadline);
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8").slice(0, MAX_BODY_BYTES) });
      };
      response.on("data", (chunk: Buffer) => {
        if (size < MAX_BODY_BYTES) chunks.push(chunk);
        size += chunk.length;
        if (size >= MAX_BODY_BYTES) done();
      });
      response.on("end", done);
      response.on("error", done);
    });
    request.end(payload);
  });
}
