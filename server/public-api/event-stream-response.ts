import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import type { EventBus } from "@/server/realtime/event-bus";
import { streamWorkspaceEvents } from "@/server/realtime/stream-workspace-events";
import { serializeEventFrame } from "./serialize-event";

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

/**
 * `text/event-stream` of a workspace's events after `lastEventId` (or from now), through the same
 * generator as the tRPC subscription, so a reconnect with Last-Event-ID has no gap and no repeat.
 * A client abort (or the stream's cancel) stops the generator, which unsubscribes from the bus.
 */
export function eventStreamResponse(opts: {
  scope: WorkspaceScope;
  bus: EventBus;
  lastEventId: number | null;
  signal: AbortSignal;
  /** The stream ends after this long (before a platform cuts it); the client resumes by Last-Event-ID. */
  maxDurationMs?: number;
  headers?: Record<string, string>;
}): Response {
  const abort = new AbortController();
  const stop = () => abort.abort();
  opts.signal.addEventListener("abort", stop, { once: true });
  const deadline = opts.maxDurationMs ? setTimeout(stop, opts.maxDurationMs) : undefined;
  let heartbeat: NodeJS.Timeout | undefined;

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (!abort.signal.aborted) controller.enqueue(encoder.encode(text));
      };
      // A comment first, so proxies flush headers and the client sees the connection open at once.
      send(`retry: 3000\n: connected\n\n`);
      heartbeat = setInterval(() => send(`: heartbeat ${new Date().toISOString()}\n\n`), HEARTBEAT_MS);
      // Not awaited: start() returns so the response begins flowing while events are pumped.
      void pump(send).finally(() => {
        clearInterval(heartbeat);
        clearTimeout(deadline);
        opts.signal.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // Already closed: the client went away first.
        }
      });
    },
    cancel() {
      clearInterval(heartbeat);
      clearTimeout(deadline);
      abort.abort();
    },
  });

  async function pump(send: (text: string) => void) {
    try {
      for await (const event of streamWorkspaceEvents({ scope: opts.scope, bus: opts.bus, lastEventId: opts.lastEventId, signal: abort.signal })) {
        send(serializeEventFrame(event));
      }
    } catch (error) {
      if (!abort.signal.aborted) console.error("[api/v1/events] stream failed", error);
    }
  }

  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
      ...opts.headers,
    },
  });
}
