import { latestEventId, listEventsAfter } from "@/server/domain/events/list-events-after";
import type { WorkspaceEvent } from "@/server/domain/events/workspace-event";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import type { BusMessage, EventBus } from "./event-bus";

const PAGE = 500;
// A consumer this far behind is switched to reading from the table instead of buffering more.
const MAX_BUFFER = 5_000;

/**
 * A workspace's events after `lastEventId` (or from now), then live ones: no gap, no duplicate.
 * It subscribes before reading the backlog, and skips live events the backlog already covered.
 */
export async function* streamWorkspaceEvents(opts: {
  scope: WorkspaceScope;
  bus: EventBus;
  lastEventId: number | null;
  signal?: AbortSignal;
}): AsyncGenerator<WorkspaceEvent> {
  const { scope, bus, signal } = opts;
  const queue: BusMessage[] = [];
  let wake: (() => void) | null = null;
  const unsubscribe = bus.subscribe(scope.workspaceId, (message) => {
    if (queue.length >= MAX_BUFFER) queue.splice(0, queue.length, { kind: "resync" });
    else queue.push(message);
    wake?.();
  });
  const onAbort = () => wake?.();
  signal?.addEventListener("abort", onAbort);

  let cursor = opts.lastEventId ?? (await latestEventId(scope));
  async function* readBacklog() {
    for (;;) {
      const page = await listEventsAfter(scope, cursor, PAGE);
      for (const event of page) {
        cursor = event.id;
        yield event;
      }
      if (page.length < PAGE) return;
    }
  }

  try {
    yield* readBacklog();
    while (!signal?.aborted) {
      const message = queue.shift();
      if (!message) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      if (message.kind === "resync") {
        yield* readBacklog();
      } else if (message.event.id > cursor) {
        cursor = message.event.id;
        yield message.event;
      }
    }
  } finally {
    unsubscribe();
    signal?.removeEventListener("abort", onAbort);
  }
}
