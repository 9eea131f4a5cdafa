/**
 * A child process holding many `eventsource` clients on /api/trpc/events.stream, so the bench's
 * subscribers do not share an event loop with the publisher. Each parsed event's delay is
 * now − payload.sentAt (wall clock, same machine). Driven by the parent over IPC.
 */
import { EventSource } from "eventsource";
import { epochMs } from "./stats";

export type OpenCommand = { type: "open"; baseUrl: string; subscriptions: { cookie: string; count: number }[] };
export type ChildCommand = OpenCommand | { type: "collect" } | { type: "close" };
export type ChildReply =
  | { type: "opened"; open: number; failed: number; firstError: string | null }
  | { type: "latencies"; values: number[]; errors: number };

const sources: EventSource[] = [];
let latencies: number[] = [];
let errors = 0;

function open(baseUrl: string, cookie: string): Promise<string | null> {
  const input = encodeURIComponent(JSON.stringify({ json: {} }));
  return new Promise((resolve) => {
    const source = new EventSource(`${baseUrl}/api/trpc/events.stream?input=${input}`, {
      fetch: (url, init) => fetch(url, { ...init, headers: { ...init?.headers, cookie } }),
    });
    sources.push(source);
    let settled = false;
    const settle = (error: string | null) => {
      if (settled) return;
      settled = true;
      resolve(error);
    };
    source.addEventListener("connected", () => settle(null));
    source.addEventListener("error", (event) => {
      errors++;
      settle(`${(event as { code?: number }).code ?? ""} ${event.message ?? "stream error"}`);
    });
    source.addEventListener("message", (message) => {
      const sentAt = (JSON.parse(message.data) as { json?: { payload?: { sentAt?: number } } }).json?.payload?.sentAt;
      if (typeof sentAt === "number") latencies.push(epochMs() - sentAt);
    });
  });
}

async function openAll(command: OpenCommand) {
  const queue = command.subscriptions.flatMap((s) => Array.from({ length: s.count }, () => s.cookie));
  let failed = 0;
  let firstError: string | null = null;
  // A hundred handshakes at a time: a burst of thousands would be a load test of sign-in, not of delivery.
  for (let i = 0; i < queue.length; i += 100) {
    const results = await Promise.all(queue.slice(i, i + 100).map((cookie) => open(command.baseUrl, cookie)));
    for (const error of results) {
      if (!error) continue;
      failed++;
      firstError ??= error;
    }
  }
  reply({ type: "opened", open: queue.length - failed, failed, firstError });
}

function reply(message: ChildReply) {
  process.send!(message);
}

process.on("message", (command: ChildCommand) => {
  if (command.type === "open") void openAll(command);
  else if (command.type === "collect") {
    reply({ type: "latencies", values: latencies, errors });
    latencies = [];
    errors = 0;
  } else {
    for (const source of sources) source.close();
    process.exit(0);
  }
});
