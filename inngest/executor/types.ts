import type { engineRuns } from "@/db/schema";

export type RunRow = typeof engineRuns.$inferSelect;

/** An event as the SDK sends it and as functions receive it. */
export type EngineEvent = { id: string; name: string; data: Record<string, unknown>; ts: number; user?: unknown; v?: string };

/** A memoised step result, keyed by hashed step id in `steps`. */
export type Memo = { data: unknown } | { error: unknown };

/** What a run waits on between calls. */
export type PendingOp =
  | { kind: "planned"; id: string; name?: string; displayName?: string; attempt: number; notBefore: number }
  | { kind: "sleep"; id: string; name?: string; until: number }
  | { kind: "wait"; id: string; name?: string; event: string; until: number }
  | { kind: "invoke"; id: string; name?: string; childRunId: string; until: number | null };

/** A function as the SDK registers it (only the parts the engine uses). */
export type RegisteredFunction = {
  id: string;
  name?: string;
  triggers: { event?: string; cron?: string }[];
  steps: Record<string, { runtime: { url: string }; retries?: { attempts?: number } }>;
  concurrency?: { limit: number; key?: string } | { limit: number; key?: string }[];
};

/** An operation in a 206 response. */
export type OutgoingOp = {
  id: string;
  op: string;
  name?: string;
  displayName?: string;
  opts?: Record<string, unknown>;
  data?: unknown;
  error?: unknown;
};

export const FOREVER = new Date("9999-12-31T00:00:00Z");
