import { EventEmitter } from "node:events";
import postgres from "postgres";
import type { Db } from "@/db/client";
import { loadEventsByIds } from "@/server/domain/events/list-events-after";
import { readEventNotification } from "@/server/domain/events/event-notification";
import { EVENTS_CHANNEL } from "@/server/domain/events/publish-event";
import { toWorkspaceEvent, type PipelineEventRow, type WorkspaceEvent } from "@/server/domain/events/workspace-event";

export type BusMessage = { kind: "event"; event: WorkspaceEvent } | { kind: "resync" };

const RESYNC = "__resync__";

/**
 * One LISTEN connection per process. Each notified event (carried whole by the notification, or
 * loaded once by id when it was too big) is handed to the subscribers of its workspace, so the
 * cost of an event does not grow with the subscribers.
 */
export class EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private listenSql?: postgres.Sql;
  private pending: ({ row: PipelineEventRow } | { id: number })[] = [];
  private flushQueued = false;
  private chain: Promise<void> = Promise.resolve();
  private listenedBefore = false;
  listening = false;
  lastEventAt: Date | null = null;

  constructor(
    private readonly db: Db,
    private readonly listenUrl: string,
  ) {}

  async start() {
    this.listenSql = postgres(this.listenUrl, {
      max: 1,
      idle_timeout: 0,
      onnotice: () => {},
      onclose: () => {
        this.listening = false;
      },
    });
    await this.listenSql.listen(
      EVENTS_CHANNEL,
      (payload) => this.onNotify(payload),
      () => this.onListen(),
    );
  }

  async stop() {
    await this.listenSql?.end({ timeout: 1 });
    this.listening = false;
  }

  subscribe(workspaceId: string, handler: (message: BusMessage) => void): () => void {
    const onResync = () => handler({ kind: "resync" });
    this.emitter.on(workspaceId, handler);
    this.emitter.on(RESYNC, onResync);
    return () => {
      this.emitter.off(workspaceId, handler);
      this.emitter.off(RESYNC, onResync);
    };
  }

  subscriberCount(): number {
    return this.emitter.eventNames().reduce((sum, name) => sum + (name === RESYNC ? 0 : this.emitter.listenerCount(name)), 0);
  }

  private onListen() {
    this.listening = true;
    // After a reconnect, notifications sent while we were away are lost: subscribers re-read from their cursor.
    if (this.listenedBefore) this.emitter.emit(RESYNC);
    this.listenedBefore = true;
  }

  private onNotify(payload: string) {
    const notified = readEventNotification(payload);
    if (!notified) return;
    this.pending.push(notified);
    if (this.flushQueued) return;
    this.flushQueued = true;
    // Flushes run one after another, so events leave in the order their commits were notified.
    this.chain = this.chain.then(() => this.flush());
  }

  private async flush() {
    this.flushQueued = false;
    const batch = this.pending.splice(0);
    try {
      const ids = batch.flatMap((n) => ("id" in n ? [n.id] : []));
      const loaded = new Map((await loadEventsByIds({ db: this.db }, ids)).map((e) => [e.id, e]));
      // In notification order, which is commit order within a workspace.
      const events = batch.flatMap((n) => ("row" in n ? [toWorkspaceEvent(n.row)] : loaded.has(n.id) ? [loaded.get(n.id)!] : []));
      this.lastEventAt = new Date();
      for (const event of events) this.emitter.emit(event.workspaceId, { kind: "event", event } satisfies BusMessage);
    } catch (error) {
      console.error("[events] could not load notified events; subscribers will re-read", error);
      this.emitter.emit(RESYNC);
    }
  }
}
