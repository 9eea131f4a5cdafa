import { randomUUID } from "node:crypto";
import { callFunction, type CallResult, type CallState } from "./call-function";
import type { HistoryEntry, RunStore, RunUpdate } from "./run-store";
import { msUntil } from "./time-string";
import { FOREVER, type Memo, type OutgoingOp, type PendingOp, type RunRow } from "./types";

export type EngineOptions = {
  signingKey?: string;
  /** First retry delay; doubles per attempt. */
  retryBaseMs: number;
  /** Delay before calling an app that did not answer (restarting, killed); attempts are not spent. */
  unreachableDelayMs: number;
  callTimeoutMs: number;
  /** Calls made for one run before it goes back in the queue, so one long run cannot starve others. */
  maxCallsPerClaim: number;
};

type State = CallState & { pending: PendingOp[] };
type Outcome = { done: "completed"; output: unknown } | { done: "retry"; delayMs: number } | { done: "failed"; error: unknown } | null;

function backoff(options: EngineOptions, attempt: number, retryAfterMs: number | null): number {
  if (retryAfterMs !== null) return retryAfterMs;
  const base = options.retryBaseMs * 2 ** Math.max(attempt - 1, 0);
  return Math.min(base * (1 + Math.random() * 0.2), 300_000);
}

/**
 * Drives one claimed run forward by the SDK protocol until it completes, fails, parks (sleep,
 * wait, invoke) or must retry later. Every step result is committed before the next call, so a
 * killed engine or app loses at most the step in flight.
 */
export async function advanceRun(run: RunRow, deps: { store: RunStore; workerId: string; options: EngineOptions }): Promise<void> {
  const { store, workerId, options } = deps;
  const state: State = { steps: { ...run.steps } as Record<string, Memo>, stack: [...run.stack], pending: [...(run.pending as PendingOp[])], attempt: run.attempt, requestVersion: run.requestVersion };
  const history: HistoryEntry[] = [];
  const applied: string[] = [];
  const extra: Pick<RunUpdate, "waits" | "children"> = { waits: [], children: [] };

  const commit = (update: Pick<RunUpdate, "status"> & Partial<RunUpdate>) =>
    store.commit(run, workerId, {
      ...state,
      runAfter: new Date(),
      history: history.splice(0),
      appliedWaits: applied.splice(0),
      waits: extra.waits!.splice(0),
      children: extra.children!.splice(0),
      ...update,
    });

  /** A step's result joins the memo, in completion order, and stops being pending. */
  const memoise = (id: string, memo: Memo) => {
    state.steps[id] = memo;
    state.stack.push(id);
    state.pending = state.pending.filter((p) => p.id !== id);
  };

  const resolve = (id: string, memo: Memo, op: string, status = "completed") => {
    memoise(id, memo);
    history.push({ stepId: id, op, status, attempt: 0, output: "data" in memo ? memo.data : undefined, error: "error" in memo ? memo.error : undefined });
  };

  let url: string;
  try {
    url = await store.callUrlFor(run);
  } catch (error) {
    await commit({ status: "failed", error: { name: "Error", message: (error as Error).message } });
    return;
  }

  for (const r of await store.resolutions(run.id)) {
    applied.push(r.stepId);
    if (state.pending.some((p) => p.id === r.stepId)) resolve(r.stepId, r.memo, r.kind === "event" ? "WaitForEvent" : "InvokeFunction");
  }
  const now = Date.now();
  for (const p of [...state.pending]) {
    if (p.kind === "sleep" && p.until <= now) resolve(p.id, { data: null }, "Sleep");
    if (p.kind === "wait" && p.until <= now) {
      applied.push(p.id);
      resolve(p.id, { data: null }, "WaitForEvent", "timed_out");
    }
    if (p.kind === "invoke" && p.until !== null && p.until <= now) {
      applied.push(p.id);
      resolve(p.id, { error: { name: "InngestInvokeTimeoutError", message: "Timed out waiting for the invoked function to finish" } }, "InvokeFunction", "timed_out");
    }
  }

  for (let calls = 0; calls < options.maxCallsPerClaim; calls++) {
    const planned = state.pending.filter((p): p is Extract<PendingOp, { kind: "planned" }> => p.kind === "planned");
    const due = planned.filter((p) => p.notBefore <= Date.now());
    if (due.length > 0) {
      const outcome = await runPlanned(due);
      if (outcome && outcome.done !== "retry") return void (await finish(outcome));
      if (!(await commit({ status: "running" }))) return;
      continue;
    }
    const parked = state.pending.filter((p) => p.kind !== "planned");
    if (planned.length > 0 || parked.length > 0) {
      const wakeAt = Math.min(...planned.map((p) => p.notBefore), ...parked.map((p) => ("until" in p && p.until !== null ? p.until : FOREVER.getTime())));
      await commit({ status: planned.length > 0 ? "queued" : "waiting", runAfter: new Date(wakeAt) });
      return;
    }

    const result = await callFunction({
      url,
      run,
      state,
      stepId: "step",
      disableImmediateExecution: false,
      checkpoint: { fnId: run.functionId, queueItemId: workerId },
      signingKey: options.signingKey,
      timeoutMs: options.callTimeoutMs,
    });
    await absorbCheckpoints();
    const outcome = interpret(result, null);
    if (outcome?.done === "retry") return void (await commit({ status: "queued", runAfter: new Date(Date.now() + outcome.delayMs) }));
    if (outcome) return void (await finish(outcome));
    if (!(await commit({ status: "running" }))) return;
  }
  await commit({ status: "queued" });

  /** Steps the SDK checkpointed during the call are stored already; take them into the state before it is written back. */
  async function absorbCheckpoints() {
    const stored = await store.storedSteps(run.id);
    for (const id of stored.stack) {
      if (id in state.steps || !(id in stored.steps)) continue;
      memoise(id, stored.steps[id]!);
      state.attempt = 0;
    }
  }

  async function finish(outcome: Exclude<Outcome, null>) {
    if (outcome.done === "completed") await commit({ status: "completed", output: outcome.output });
    else if (outcome.done === "failed") await commit({ status: "failed", error: outcome.error });
  }

  /** Runs planned (parallel) steps, each on its own attempt count, and memoises them in finish order. */
  async function runPlanned(due: Extract<PendingOp, { kind: "planned" }>[]): Promise<Outcome> {
    const results = await Promise.all(
      due.map(async (p) => {
        const result = await callFunction({ url, run, state: { ...state, attempt: p.attempt }, stepId: p.id, disableImmediateExecution: true, signingKey: options.signingKey, timeoutMs: options.callTimeoutMs });
        return { p, result, outcome: interpret(result, p) };
      }),
    );
    for (const { outcome } of results) if (outcome && outcome.done !== "retry") return outcome;
    return null;
  }

  /** Applies one response to the state; returns how the run ends, if it does. */
  function interpret(result: CallResult, planned: Extract<PendingOp, { kind: "planned" }> | null): Outcome {
    if (result.kind === "unreachable") {
      history.push({ stepId: planned?.id ?? "step", op: "Call", status: "unreachable", attempt: planned?.attempt ?? state.attempt, error: { message: result.error } });
      if (planned) planned.notBefore = Date.now() + options.unreachableDelayMs;
      return { done: "retry", delayMs: options.unreachableDelayMs };
    }
    if (result.version !== null) state.requestVersion = result.version;
    if (result.status === 200) return { done: "completed", output: result.body };
    if (result.status === 206 && result.ops) return applyOps(result.ops, planned, result);
    // A function-level error: retried as a whole until attempts run out, unless marked final.
    const attempt = planned?.attempt ?? state.attempt;
    history.push({ stepId: planned?.id ?? "step", op: "Function", status: "errored", attempt, durationMs: result.durationMs, error: result.body });
    if (result.noRetry || attempt + 1 >= run.maxAttempts) return { done: "failed", error: result.body };
    return retryLater(planned, attempt, result.retryAfterMs);
  }

  /** The next attempt of the call (or of the planned step it ran), after a backoff. */
  function retryLater(planned: Extract<PendingOp, { kind: "planned" }> | null, attempt: number, retryAfterMs: number | null): Outcome {
    const delayMs = backoff(options, attempt + 1, retryAfterMs);
    if (planned) {
      planned.attempt = attempt + 1;
      planned.notBefore = Date.now() + delayMs;
    } else state.attempt = attempt + 1;
    return { done: "retry", delayMs };
  }

  function applyOps(ops: OutgoingOp[], planned: Extract<PendingOp, { kind: "planned" }> | null, result: Extract<CallResult, { kind: "response" }>): Outcome {
    const now = Date.now();
    for (const op of ops) {
      const base = { stepId: op.id, name: op.displayName ?? op.name, op: op.op, durationMs: result.durationMs };
      switch (op.op) {
        case "StepRun":
          if (op.id in state.steps) break;
          memoise(op.id, { data: op.data ?? null });
          history.push({ ...base, status: "completed", attempt: planned?.attempt ?? state.attempt, output: op.data });
          if (!planned) state.attempt = 0;
          break;
        case "StepError": {
          const attempt = planned?.attempt ?? state.attempt;
          history.push({ ...base, status: "errored", attempt, error: op.error });
          return retryLater(planned, attempt, result.retryAfterMs);
        }
        case "StepFailed":
          history.push({ ...base, status: "failed", attempt: planned?.attempt ?? state.attempt, error: op.error });
          memoise(op.id, { error: op.error });
          if (!planned) state.attempt = 0;
          break;
        case "StepPlanned":
          if (!state.pending.some((p) => p.id === op.id)) state.pending.push({ kind: "planned", id: op.id, name: base.name, attempt: 0, notBefore: 0 });
          break;
        case "Sleep":
          state.pending.push({ kind: "sleep", id: op.id, name: base.name, until: now + msUntil(op.name ?? "0s", now) });
          history.push({ ...base, status: "sleeping", attempt: 0, output: op.name });
          break;
        case "WaitForEvent": {
          const timeout = typeof op.opts?.timeout === "string" ? op.opts.timeout : "1h";
          state.pending.push({ kind: "wait", id: op.id, name: base.name, event: op.name ?? "", until: now + msUntil(timeout, now) });
          extra.waits!.push({ stepId: op.id, eventName: op.name ?? "", expression: typeof op.opts?.if === "string" ? op.opts.if : null });
          history.push({ ...base, status: "waiting", attempt: 0, output: { event: op.name, timeout } });
          break;
        }
        case "InvokeFunction": {
          const opts = op.opts as { function_id: string; payload?: { data?: Record<string, unknown> }; timeout?: string };
          const childRunId = randomUUID();
          extra.children!.push({ id: childRunId, functionId: opts.function_id, parentStepId: op.id, event: { id: randomUUID(), name: "inngest/function.invoked", data: opts.payload?.data ?? {}, ts: now } });
          state.pending.push({ kind: "invoke", id: op.id, name: base.name, childRunId, until: opts.timeout ? now + msUntil(opts.timeout, now) : null });
          history.push({ ...base, status: "invoking", attempt: 0, output: { function: opts.function_id, childRunId } });
          break;
        }
        case "DiscoveryRequest":
          // The SDK stopped a long checkpointed call to be called again; memoised steps carry on.
          break;
        case "RunComplete":
          return { done: "completed", output: op.data ?? null };
        default:
          history.push({ ...base, status: "unsupported", attempt: 0 });
          return { done: "failed", error: { name: "Error", message: `The local engine does not support the "${op.op}" operation` } };
      }
    }
    return null;
  }
}
