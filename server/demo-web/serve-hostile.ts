import type { IncomingMessage, ServerResponse } from "node:http";
import type { HostileBehaviour } from "./catalog-site";
import { htmlType, textType } from "./demo-page";
import { seededRandom } from "./seeded-random";

export const hugePageBytes = 20 * 1024 * 1024;
export const binaryPageBytes = 256 * 1024;
export const dripIntervalMs = 500;

let binaryBody: Buffer | undefined;

/** Generated once: the same "random" bytes every time, so a failing crawl can be replayed. */
function binary(): Buffer {
  if (!binaryBody) {
    const rng = seededRandom(0xbadc0de);
    binaryBody = Buffer.alloc(binaryPageBytes);
    for (let i = 0; i < binaryPageBytes; i++) binaryBody[i] = rng.int(0, 255);
  }
  return binaryBody;
}

function sendHuge(res: ServerResponse): void {
  const head = "<!doctype html><html><head><title>Gigantomire Press: the complete archive</title></head><body>\n";
  const tail = "</body></html>\n";
  const chunk = Buffer.from("<p>Archive entry kept for posterity; nothing of interest follows.</p>\n".repeat(1000)).subarray(0, 64 * 1024);
  let remaining = hugePageBytes - head.length - tail.length;
  res.writeHead(200, { "content-type": htmlType, "content-length": hugePageBytes });
  res.write(head);
  // Honour backpressure: a client that reads slowly (or stops) must not make us buffer 20 MB.
  const pump = () => {
    while (remaining > 0) {
      if (res.destroyed) return;
      const size = Math.min(remaining, chunk.length);
      remaining -= size;
      if (!res.write(size === chunk.length ? chunk : chunk.subarray(0, size))) {
        res.once("drain", pump);
        return;
      }
    }
    res.end(tail);
  };
  pump();
}

function startDrip(res: ServerResponse): void {
  res.writeHead(200, { "content-type": htmlType, "cache-control": "no-store" });
  res.write("<!doctype html><html><head><title>Tarnwell Slowdrip</title></head><body><p>Loading");
  const timer = setInterval(() => res.write("."), dripIntervalMs);
  // The only way this response ends is the client or the server closing the connection.
  res.on("close", () => clearInterval(timer));
}

/** Misbehave as `behaviour` says. robots.txt answers normally (except on the 500 site) so crawlers reach the trap. */
export function serveHostile(behaviour: HostileBehaviour, pathname: string, req: IncomingMessage, res: ServerResponse): void {
  if (behaviour === "server-error") {
    res.writeHead(500, { "content-type": htmlType });
    res.end("<!doctype html><title>500</title><h1>Internal Server Error</h1>");
    return;
  }
  if (pathname === "/robots.txt") {
    res.writeHead(200, { "content-type": textType });
    res.end("User-agent: *\nAllow: /\n");
    return;
  }
  if (behaviour === "redirect-loop") {
    res.writeHead(302, { location: pathname === "/a" ? "/" : "/a", "content-type": textType });
    res.end("Moved\n");
    return;
  }
  if (req.method === "HEAD") {
    const length = behaviour === "huge-page" ? hugePageBytes : behaviour === "binary" ? binaryPageBytes : undefined;
    res.writeHead(200, { "content-type": htmlType, ...(length ? { "content-length": length } : {}) });
    res.end();
    return;
  }
  if (behaviour === "drip") return startDrip(res);
  if (behaviour === "huge-page") return sendHuge(res);
  res.writeHead(200, { "content-type": htmlType, "content-length": binaryPageBytes });
  res.end(binary());
}
