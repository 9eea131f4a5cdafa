import type { PipelineEventRow } from "./workspace-event";

/** PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more; keep a margin. */
const MAX_INLINE_BYTES = 7_500;

/**
 * What NOTIFY carries for a new event: the whole row as JSON when it fits, so listeners need no
 * query to hand it on, otherwise only its id (listeners then load it).
 */
export function eventNotification(row: PipelineEventRow): string {
  const json = JSON.stringify(row);
  return Buffer.byteLength(json) < MAX_INLINE_BYTES ? json : String(row.id);
}

/** A notification read back: the row it carried, or the id to load. null: not one of ours. */
export function readEventNotification(payload: string): { row: PipelineEventRow } | { id: number } | null {
  if (payload.startsWith("{")) {
    try {
      const row = JSON.parse(payload) as PipelineEventRow & { createdAt: string };
      if (!Number.isSafeInteger(row.id)) return null;
      return { row: { ...row, createdAt: new Date(row.createdAt) } };
    } catch {
      return null;
    }
  }
  const id = Number(payload);
  return Number.isSafeInteger(id) ? { id } : null;
}
