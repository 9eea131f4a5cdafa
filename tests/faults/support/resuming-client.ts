import { openEventStream, type ReceivedEvent } from "@/tests/support/sse-client";
import { until } from "@/tests/support/spawn-process";

/**
 * A live-board client that survives outages the way the browser's does: when its stream breaks
 * it opens a new one with the id of the last event it saw. Everything it ever received is kept
 * in arrival order, across connections, so a duplicate or a gap shows up in `events()`.
 */
export function resumingClient(opts: { baseUrl: string; cookie: string; fromId: number }) {
  const earlier: ReceivedEvent[] = [];
  let current: ReturnType<typeof openEventStream> | null = null;
  let connections = 0;

  const events = () => [...earlier, ...(current?.received ?? [])];
  const lastId = () => events().at(-1)?.id ?? String(opts.fromId);

  return {
    events,
    ids: () => events().map((e) => Number(e.id)),
    connections: () => connections,
    /** Opens a stream that resumes after the last event seen; resolves once the server said "connected". */
    open: async () => {
      if (current) throw new Error("close the open stream first");
      current = openEventStream({ baseUrl: opts.baseUrl, cookie: opts.cookie, lastEventId: lastId() });
      connections += 1;
      await current.ready;
    },
    /** Stops the stream (and its own reconnect attempts), keeping what it received. */
    close: () => {
      if (!current) return;
      current.close();
      earlier.push(...current.received);
      current = null;
    },
    /** Waits until the client has seen the event with id `id` (or any later one). */
    waitForId: (id: number, timeoutMs = 60_000) =>
      until(() => Number(lastId()) >= id, `the client to reach event ${id}`, timeoutMs).catch((error: Error) => {
        throw new Error(`${error.message}: it stopped at ${lastId()} after ${events().length} events over ${connections} connection(s)`);
      }),
  };
}

export type ResumingClient = ReturnType<typeof resumingClient>;
