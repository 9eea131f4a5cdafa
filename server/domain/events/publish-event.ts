import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { pipelineEvents, type PipelineEventType } from "@/db/schema";
import { enqueueWebhookDeliveries } from "@/server/domain/webhooks/enqueue-webhook-deliveries";
import { eventNotification } from "./event-notification";

export const EVENTS_CHANNEL = "pipeline_events";
const WORKSPACE_LOCK_CLASS = 7302;

export type NewPipelineEvent = {
  workspaceId: string;
  jobId?: string | null;
  leadId?: string | null;
  type: PipelineEventType;
  payload?: Record<string, unknown>;
};

/**
 * Takes the workspace's event lock for the rest of the transaction. Every transaction that writes
 * events takes it first, before any row lock, so writers of one workspace queue in one order and
 * cannot deadlock on each other's leads, jobs and quota rows.
 */
export async function lockWorkspaceEvents({ db }: { db: DbOrTx }, workspaceId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(${WORKSPACE_LOCK_CLASS}, hashtext(${workspaceId}))`);
}

/**
 * Appends an event in the caller's transaction and notifies listeners of its id on commit.
 * The per-workspace transaction lock makes ids of one workspace commit in increasing order,
 * so a client resuming after id N can never miss an event that committed late with a smaller id.
 */
export async function publishEvent({ db }: { db: DbOrTx }, event: NewPipelineEvent) {
  return db.transaction(async (tx) => {
    await lockWorkspaceEvents({ db: tx }, event.workspaceId);
    const [row] = await tx
      .insert(pipelineEvents)
      .values({
        workspaceId: event.workspaceId,
        jobId: event.jobId ?? null,
        leadId: event.leadId ?? null,
        type: event.type,
        payload: event.payload ?? {},
      })
      .returning();
    await enqueueWebhookDeliveries({ db: tx }, row!);
    // Delivered at commit: the row itself when it fits (listeners skip a query), else its id.
    await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${eventNotification(row!)})`);
    return row!;
  });
}
