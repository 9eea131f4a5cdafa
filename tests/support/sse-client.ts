import { EventSource } from "eventsource";
import superjson from "superjson";
import type { WorkspaceEvent } from "@/server/domain/events/workspace-event";

export type ReceivedEvent = { id: string; event: WorkspaceEvent; at: number };

/**
 * A plain `eventsource` client on /api/trpc/events.stream, as any outside caller would open it:
 * the session cookie, optional input, optional Last-Event-ID header.
 */
export function openEventStream(opts: { baseUrl: string; cookie?: string; lastEventId?: string; lastEventIdHeader?: string }) {
  const input = encodeURIComponent(JSON.stringify({ json: opts.lastEventId ? { lastEventId: opts.lastEventId } : {} }));
  const received: ReceivedEvent[] = [];
  const waiters = new Set<() => void>();
  let opened!: () => void;
  let failed!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    opened = resolve;
    failed = reject;
  });
  const source = new EventSource(`${opts.baseUrl}/api/trpc/events.stream?input=${input}`, {
    fetch: (url, init) =>
      fetch(url, {
        ...init,
        headers: {
          ...init?.headers,
          ...(opts.cookie ? { cookie: opts.cookie } : {}),
          ...(opts.lastEventIdHeader ? { "last-event-id": opts.lastEventIdHeader } : {}),
        },
      }),
  });
  source.addEventListener("connected", () => opened());
  source.addEventListener("error", (e) => failed(new Error(`stream error ${(e as { code?: number }).code ?? ""} ${e.message ?? ""}`)));
  source.addEventListener("message", (message) => {
    const event = superjson.deserialize<WorkspaceEvent>(JSON.parse(message.data));
    received.push({ id: message.lastEventId, event, at: performance.now() });
    for (const wake of waiters) wake();
  });

  async function waitFor(count: number, ms = 10_000) {
    const deadline = Date.now() + ms;
    while (received.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} events within ${ms} ms, got ${received.length}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          waiters.delete(wake);
          resolve();
        };
        waiters.add(wake);
        setTimeout(wake, 100);
      });
    }
    return received.slice(0, count);
  }

  return { ready, received, waitFor, close: () => source.close() };
}
