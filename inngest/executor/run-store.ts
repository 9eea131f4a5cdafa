import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNotNull, isNull, max, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { engineApps, engineEvents, engineRuns, engineSteps, engineWaits, type EngineRunStatus } from "@/db/schema";
import { callUrl, concurrencyFor, maxAttempts, type FunctionIndex } from "./function-index";
import { matches } from "./match-expression";
import type { EngineEvent, Memo, PendingOp, RegisteredFunction, RunRow } from "./types";

export type HistoryEntry = { stepId: string; name?: string; op: string; status: string; attempt: number; durationMs?: number; output?: unknown; error?: unknown };

export type RunUpdate = {
  status: EngineRunStatus;
  steps: Record<string, Memo>;
  stack: string[];
  pending: PendingOp[];
  attempt: number;
  requestVersion: number;
  runAfter: Date;
  output?: unknown;
  error?: unknown;
  history?: HistoryEntry[];
  waits?: { stepId: string; eventName: string; expression: string | null }[];
  /** Wait rows whose result (or timeout) this update applied. */
  appliedWaits?: string[];
  children?: { id: string; functionId: string; event: EngineEvent; parentStepId: string }[];
};

/** A step the SDK finished and checkpointed mid-call. */
export type CheckpointedStep = { id: string; name?: string; data?: unknown; durationMs?: number };

const CLAIM_BATCH = 16;

/** All engine state lives in Postgres; every change of a run is one transaction. */
export class RunStore {
  constructor(
    private readonly db: Db,
    private readonly functions: FunctionIndex,
  ) {}

  async saveApp(url: string, appName: string, functions: RegisteredFunction[]) {
    await this.db
      .insert(engineApps)
      .values({ url, appName, functions })
      .onConflictDoUpdate({ target: engineApps.url, set: { appName, functions, syncedAt: new Date() } });
    this.functions.replaceApp(url, functions);
  }

  private loadedUpTo = 0;

  async loadApps() {
    for (const app of await this.db.select().from(engineApps)) {
      this.functions.replaceApp(app.url, app.functions as RegisteredFunction[]);
      this.loadedUpTo = Math.max(this.loadedUpTo, app.syncedAt.getTime());
    }
  }

  /** Another engine process may have taken a registration: reload when the table is newer than our copy. */
  async refreshFunctions() {
    const [latest] = await this.db.select({ at: max(engineApps.syncedAt) }).from(engineApps);
    if (latest?.at && latest.at.getTime() > this.loadedUpTo) await this.loadApps();
  }

  /** Stores events (an id seen before is ignored, so a retried send starts nothing twice), starts runs, resolves waits. */
  async ingest(events: EngineEvent[]): Promise<{ runIds: string[] }> {
    await this.refreshFunctions();
    const runIds: string[] = [];
    await this.db.transaction(async (tx) => {
      for (const event of events) {
        const [stored] = await tx
          .insert(engineEvents)
          .values({ id: event.id, name: event.name, data: event.data, ts: new Date(event.ts) })
          .onConflictDoNothing()
          .returning({ id: engineEvents.id });
        if (!stored) continue;
        for (const { appUrl, fn } of this.functions.triggeredBy(event.name)) {
          const { key, limit } = concurrencyFor(fn, event);
          const [run] = await tx
            .insert(engineRuns)
            .values({ appUrl, functionId: fn.id, event, maxAttempts: maxAttempts(fn), concurrencyKey: key, concurrencyLimit: limit })
            .returning({ id: engineRuns.id });
          runIds.push(run!.id);
        }
        await this.resolveWaits(tx as unknown as Db, event);
      }
    });
    return { runIds };
  }

  private async resolveWaits(tx: Db, event: EngineEvent) {
    const waits = await tx
      .select({ wait: engineWaits, run: engineRuns })
      .from(engineWaits)
      .innerJoin(engineRuns, eq(engineRuns.id, engineWaits.runId))
      .where(
        and(
          eq(engineWaits.kind, "event"),
          eq(engineWaits.eventName, event.name),
          isNull(engineWaits.resolution),
          sql`${engineWaits.createdAt} <= ${new Date(event.ts).toISOString()}`,
        ),
      )
      .for("update", { of: engineRuns });
    for (const { wait, run } of waits) {
      if (!matches(wait.expression, { event: run.event, async: event })) continue;
      await resolveWait(tx, wait.runId, wait.stepId, { data: event });
    }
  }

  /**
   * Takes one runnable run for this worker: queued and due, waiting with a timer due, or
   * running under a lease that expired (its worker died). Runs sharing a concurrency key
   * are claimed under that key's lock, so the limit holds across workers and engines.
   */
  async claim(workerId: string, leaseMs: number): Promise<RunRow | null> {
    return this.db.transaction(async (tx) => {
      const candidates = await tx
        .select()
        .from(engineRuns)
        .where(
          sql`(${engineRuns.status} in ('queued', 'waiting') and ${engineRuns.runAfter} <= now())
            or (${engineRuns.status} = 'running' and ${engineRuns.leaseUntil} < now())`,
        )
        .orderBy(engineRuns.runAfter, engineRuns.createdAt)
        .limit(CLAIM_BATCH)
        .for("update", { skipLocked: true });
      for (const run of candidates) {
        if (run.concurrencyKey && run.concurrencyLimit) {
          await tx.execute(sql`select pg_advisory_xact_lock(7303, hashtext(${run.concurrencyKey}))`);
          const [busy] = await tx.execute<{ n: number }>(
            sql`select count(*)::int as n from engine_runs where concurrency_key = ${run.concurrencyKey}
                and status = 'running' and lease_until >= now() and id <> ${run.id}`,
          );
          if (busy!.n >= run.concurrencyLimit) continue;
        }
        const [claimed] = await tx
          .update(engineRuns)
          .set({ status: "running", workerId, leaseUntil: new Date(Date.now() + leaseMs), startedAt: run.startedAt ?? new Date() })
          .where(eq(engineRuns.id, run.id))
          .returning();
        return claimed!;
      }
      return null;
    });
  }

  async renewLease(runId: string, workerId: string, leaseMs: number): Promise<boolean> {
    const rows = await this.db
      .update(engineRuns)
      .set({ leaseUntil: new Date(Date.now() + leaseMs) })
      .where(and(eq(engineRuns.id, runId), eq(engineRuns.workerId, workerId), eq(engineRuns.status, "running")))
      .returning({ id: engineRuns.id });
    return rows.length === 1;
  }

  /**
   * Writes a run's new state, its step history, new waits and invoked child runs in one
   * transaction, only while this worker still holds the run; a finished child wakes its parent.
   */
  async commit(run: RunRow, workerId: string, update: RunUpdate): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const finished = update.status === "completed" || update.status === "failed";
      const [row] = await tx
        .update(engineRuns)
        .set({
          status: update.status,
          steps: update.steps,
          stack: update.stack,
          pending: update.pending,
          attempt: update.attempt,
          requestVersion: update.requestVersion,
          runAfter: update.runAfter,
          output: update.output ?? null,
          error: update.error ?? null,
          leaseUntil: update.status === "running" ? sql`${engineRuns.leaseUntil}` : null,
          workerId: update.status === "running" ? workerId : null,
          endedAt: finished ? new Date() : null,
        })
        .where(and(eq(engineRuns.id, run.id), eq(engineRuns.workerId, workerId)))
        .returning();
      if (!row) return false;
      if (update.status === "waiting") {
        // An event or child result that arrived while we worked must not sleep until the timeout.
        const [ready] = await tx
          .select({ stepId: engineWaits.stepId })
          .from(engineWaits)
          .where(and(eq(engineWaits.runId, run.id), isNotNull(engineWaits.resolution)))
          .limit(1);
        if (ready) await tx.update(engineRuns).set({ status: "queued", runAfter: new Date() }).where(eq(engineRuns.id, run.id));
      }
      if (update.appliedWaits?.length) {
        await tx.delete(engineWaits).where(and(eq(engineWaits.runId, run.id), inArray(engineWaits.stepId, update.appliedWaits)));
      }
      if (update.history?.length) await tx.insert(engineSteps).values(update.history.map((h) => ({ runId: run.id, ...h, output: h.output ?? null, error: h.error ?? null })));
      for (const wait of update.waits ?? []) await tx.insert(engineWaits).values({ runId: run.id, kind: "event", ...wait });
      for (const child of update.children ?? []) {
        const entry = this.functions.get(child.functionId);
        if (!entry) throw new Error(`step.invoke: no function "${child.functionId}" is registered`);
        const { key, limit } = concurrencyFor(entry.fn, child.event);
        await tx.insert(engineRuns).values({
          id: child.id,
          appUrl: entry.appUrl,
          functionId: child.functionId,
          event: child.event,
          maxAttempts: maxAttempts(entry.fn),
          concurrencyKey: key,
          concurrencyLimit: limit,
          parentRunId: run.id,
          parentStepId: child.parentStepId,
        });
        await tx.insert(engineWaits).values({ runId: run.id, stepId: child.parentStepId, kind: "invoke", childRunId: child.id });
      }
      if (finished && row.parentRunId && row.parentStepId) {
        const memo: Memo = update.status === "completed" ? { data: update.output ?? null } : { error: update.error };
        await tx.select({ id: engineRuns.id }).from(engineRuns).where(eq(engineRuns.id, row.parentRunId)).for("update");
        await resolveWait(tx as unknown as Db, row.parentRunId, row.parentStepId, memo);
      }
      if (finished) await tx.delete(engineWaits).where(eq(engineWaits.runId, run.id));
      return true;
    });
  }

  /**
   * Steps the SDK ran and reported while a call is still going (async checkpointing): memoised
   * at once, with their history, in one statement. False when `holder` no longer holds the run
   * (its lease lapsed and another worker took it): the SDK then stops that call.
   */
  async checkpoint(runId: string, holder: string, steps: CheckpointedStep[]): Promise<boolean> {
    const memos = Object.fromEntries(steps.map((s) => [s.id, { data: s.data ?? null }]));
    const history = steps.map((s) => ({ step_id: s.id, name: s.name ?? null, duration_ms: s.durationMs ?? null, output: s.data ?? null }));
    const [row] = await this.db.execute<{ held: number }>(sql`
      with run as (
        update engine_runs
        set steps = steps || ${JSON.stringify(memos)}::jsonb,
            stack = stack || coalesce((select jsonb_agg(id order by n) from jsonb_array_elements_text(${JSON.stringify(steps.map((s) => s.id))}::jsonb) with ordinality as t(id, n) where not engine_runs.stack ? id), '[]'::jsonb),
            attempt = 0
        where id = ${runId} and worker_id = ${holder} and status = 'running'
        returning id
      ), logged as (
        insert into engine_steps (run_id, step_id, name, op, status, attempt, duration_ms, output)
        select run.id, h.step_id, h.name, 'StepRun', 'completed', 0, h.duration_ms, h.output
        from run cross join jsonb_to_recordset(${JSON.stringify(history)}::jsonb) as h(step_id text, name text, duration_ms int, output jsonb)
        returning 1
      )
      select (select count(*) from run)::int as held`);
    return row!.held === 1;
  }

  /** A run's memoised steps as stored, to pick up what was checkpointed during a call. */
  async storedSteps(runId: string): Promise<{ steps: Record<string, Memo>; stack: string[] }> {
    const [row] = await this.db.select({ steps: engineRuns.steps, stack: engineRuns.stack }).from(engineRuns).where(eq(engineRuns.id, runId));
    return { steps: (row?.steps ?? {}) as Record<string, Memo>, stack: row?.stack ?? [] };
  }

  /** Results that arrived for a run's waits (events, child runs), to apply when it is next advanced. */
  async resolutions(runId: string): Promise<{ stepId: string; kind: "event" | "invoke"; memo: Memo }[]> {
    const rows = await this.db
      .select()
      .from(engineWaits)
      .where(and(eq(engineWaits.runId, runId), isNotNull(engineWaits.resolution)));
    return rows.map((r) => ({ stepId: r.stepId, kind: r.kind, memo: r.resolution as Memo }));
  }

  async callUrlFor(run: RunRow): Promise<string> {
    if (!this.functions.get(run.functionId)) await this.refreshFunctions();
    const entry = this.functions.get(run.functionId);
    if (!entry) throw new Error(`function "${run.functionId}" is not registered (was the app synced?)`);
    return callUrl(entry.fn);
  }
}

/** Fills in a wait's result and wakes its run if parked; the caller holds the run's row lock. */
async function resolveWait(tx: Db, runId: string, stepId: string, memo: Memo) {
  await tx
    .update(engineWaits)
    .set({ resolution: memo })
    .where(and(eq(engineWaits.runId, runId), eq(engineWaits.stepId, stepId), isNull(engineWaits.resolution)));
  await tx
    .update(engineRuns)
    .set({ status: "queued", runAfter: new Date() })
    .where(and(eq(engineRuns.id, runId), eq(engineRuns.status, "waiting")));
}

export function newEventId(): string {
  return randomUUID();
}
