import { evaluatePath } from "./match-expression";
import type { EngineEvent, RegisteredFunction } from "./types";

const DEFAULT_RETRIES = 4;

export type FunctionEntry = { appUrl: string; fn: RegisteredFunction };

/** The functions of every synced app, looked up by id or by the event that triggers them. */
export class FunctionIndex {
  private byId = new Map<string, FunctionEntry>();

  replaceApp(appUrl: string, functions: RegisteredFunction[]) {
    for (const [id, entry] of this.byId) if (entry.appUrl === appUrl) this.byId.delete(id);
    for (const fn of functions) this.byId.set(fn.id, { appUrl, fn });
  }

  get(id: string): FunctionEntry | undefined {
    return this.byId.get(id);
  }

  triggeredBy(eventName: string): FunctionEntry[] {
    return [...this.byId.values()].filter(({ fn }) =>
      fn.triggers.some((t) => t.event === eventName || (t.event?.endsWith("*") && eventName.startsWith(t.event.slice(0, -1)))),
    );
  }

  all(): FunctionEntry[] {
    return [...this.byId.values()];
  }
}

/** The URL the engine calls for a function (the app's serve route with `fnId`). */
export function callUrl(fn: RegisteredFunction): string {
  const step = Object.values(fn.steps)[0];
  if (!step) throw new Error(`function ${fn.id} registered no step runtime`);
  const url = new URL(step.runtime.url);
  url.searchParams.set("stepId", "step");
  return url.toString();
}

/** `retries: N` registers N retries, so a function gets N + 1 attempts. */
export function maxAttempts(fn: RegisteredFunction): number {
  const retries = Object.values(fn.steps)[0]?.retries?.attempts;
  return (retries ?? DEFAULT_RETRIES) + 1;
}

/** Runs sharing a key count against one limit: `{ limit: 2, key: "event.data.workspaceId" }`. */
export function concurrencyFor(fn: RegisteredFunction, event: EngineEvent): { key: string | null; limit: number | null } {
  const rule = Array.isArray(fn.concurrency) ? fn.concurrency[0] : fn.concurrency;
  if (!rule?.limit) return { key: null, limit: null };
  const value = rule.key ? evaluatePath(rule.key, { event }) : "";
  return { key: `${fn.id}:${JSON.stringify(value ?? null)}`, limit: rule.limit };
}
