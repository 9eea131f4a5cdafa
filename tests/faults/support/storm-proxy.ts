import http from "node:http";
import type { AddressInfo } from "node:net";
import { startFakeOpenAiServer } from "@/tests/support/fake-openai-server";

export type Storm = { status: 429 | 500; /** how many calls it answers; Infinity: it never ends */ calls: number; retryAfterSeconds?: number };

/**
 * The fake OpenAI-compatible server behind a storm: while a storm lasts, every chat completion
 * gets its status (429 with `retry-after`, or 500) as the real API words it; once it has answered
 * its number of calls, calls pass through to the fake, which answers them properly.
 */
export async function startStormProxy() {
  const fake = await startFakeOpenAiServer();
  let storm: Storm | null = null;
  const answered = { 429: 0, 500: 0, passed: 0 };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (storm && storm.calls > 0) {
        storm.calls -= 1;
        answered[storm.status] += 1;
        const [message, type] = storm.status === 429 ? ["Rate limit reached for requests", "requests"] : ["The server had an error while processing your request.", "server_error"];
        res.writeHead(storm.status, { "content-type": "application/json", ...(storm.status === 429 ? { "retry-after": String(storm.retryAfterSeconds ?? 0.1) } : {}) });
        return res.end(JSON.stringify({ error: { message, type } }));
      }
      answered.passed += 1;
      const target = `${fake.baseUrl.replace(/\/v1$/, "")}${req.url}`;
      fetch(target, { method: req.method, headers: { "content-type": "application/json", authorization: req.headers.authorization ?? "" }, body: Buffer.concat(chunks) })
        .then(async (reply) => {
          res.writeHead(reply.status, { "content-type": "application/json" });
          res.end(await reply.text());
        })
        .catch((error: unknown) => {
          res.writeHead(502, { "content-type": "application/json" });
          res.end(JSON.stringify({ error: { message: String(error) } }));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    answered,
    startStorm: (next: Storm) => {
      storm = { ...next };
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.stop();
    },
  };
}
