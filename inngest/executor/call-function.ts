import { signBody } from "./signing";
import type { Memo, OutgoingOp, RunRow } from "./types";

export type CallResult =
  | { kind: "unreachable"; error: string }
  | {
      kind: "response";
      status: number;
      ops: OutgoingOp[] | null;
      body: unknown;
      noRetry: boolean;
      retryAfterMs: number | null;
      version: number | null;
      durationMs: number;
    };

export type CallState = { steps: Record<string, Memo>; stack: string[]; attempt: number; requestVersion: number };

/**
 * One request of the SDK protocol: POST the run's event and memoised steps to the app's serve
 * route. `stepId` is "step" to let the function run on, or a planned step's hash to run that step.
 */
export async function callFunction(opts: {
  url: string;
  run: RunRow;
  state: CallState;
  stepId: string;
  disableImmediateExecution: boolean;
  /** Lets the SDK run step after step in this one call, reporting each to the engine's checkpoint route. */
  checkpoint?: { fnId: string; queueItemId: string };
  signingKey?: string;
  timeoutMs: number;
}): Promise<CallResult> {
  const { run, state } = opts;
  const url = new URL(opts.url);
  url.searchParams.set("stepId", opts.stepId);
  const body = {
    event: run.event,
    events: [run.event],
    steps: state.steps,
    ctx: {
      run_id: run.id,
      attempt: state.attempt,
      max_attempts: run.maxAttempts,
      disable_immediate_execution: opts.disableImmediateExecution,
      use_api: false,
      ...(opts.checkpoint ? { fn_id: opts.checkpoint.fnId, qi_id: opts.checkpoint.queueItemId } : {}),
      stack: { stack: state.stack, current: Math.max(state.stack.length - 1, 0) },
    },
    version: state.requestVersion,
  };
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (opts.signingKey) headers["x-inngest-signature"] = signBody(body, opts.signingKey);
  const started = performance.now();
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", headers, body: JSON.stringify(body), signal: AbortSignal.timeout(opts.timeoutMs) });
  } catch (error) {
    // The app is down, restarting or was killed mid-step: the step runs again when it is back.
    return { kind: "unreachable", error: error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}`.trim() : String(error) };
  }
  const text = await res.text().catch(() => "");
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  const retryAfter = res.headers.get("retry-after");
  const version = Number(res.headers.get("x-inngest-req-version"));
  return {
    kind: "response",
    status: res.status,
    ops: res.status === 206 && Array.isArray(parsed) ? (parsed as OutgoingOp[]) : null,
    body: parsed,
    noRetry: res.headers.get("x-inngest-no-retry") === "true",
    retryAfterMs: retryAfter ? retryAfterMs(retryAfter) : null,
    version: Number.isInteger(version) && res.headers.has("x-inngest-req-version") ? version : null,
    durationMs: Math.round(performance.now() - started),
  };
}

function retryAfterMs(value: string): number | null {
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(at - Date.now(), 0);
}
