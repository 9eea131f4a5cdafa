import http from "node:http";
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { engineRuns, engineSteps } from "@/db/schema";
import { renderRunsPage } from "./render-runs-page";
import { newEventId, type CheckpointedStep, type RunStore } from "./run-store";
import { hashedSigningKey, safeEqual } from "./signing";
import type { EngineEvent, OutgoingOp, RegisteredFunction } from "./types";

const MAX_BODY = 10 * 1024 * 1024;

export type EngineHttpDeps = { db: Db; store: RunStore; signingKey?: string; eventKey?: string; onEvents: () => void };

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, "body larger than 10 MB");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
  } catch {
    throw new HttpError(400, "body is not valid JSON");
  }
}

/**
 * The body of an async checkpoint: finished steps only. Anything else makes it a 422, and the SDK
 * then hands the same steps back in the call's response, which the engine handles as ever.
 */
function checkpointedSteps(body: unknown): { holder: string; steps: CheckpointedStep[] } {
  const { qi_id: holder, steps } = (body ?? {}) as { qi_id?: unknown; steps?: unknown };
  if (typeof holder !== "string" || !holder) throw new HttpError(400, "checkpoint: qi_id is missing");
  if (!Array.isArray(steps) || steps.length === 0) throw new HttpError(400, "checkpoint: expected a non-empty steps array");
  return {
    holder,
    steps: steps.map((raw: unknown, i) => {
      const op = (raw ?? {}) as OutgoingOp & { timing?: { start?: unknown; end?: unknown } };
      if (typeof op.id !== "string" || op.op !== "StepRun") throw new HttpError(422, `checkpoint: steps[${i}] is a ${String(op.op)}, only finished steps (StepRun) are taken here`);
      const start = toMs(op.timing?.start);
      const end = toMs(op.timing?.end);
      return { id: op.id, name: op.displayName ?? op.name, data: op.data, durationMs: start !== null && end !== null ? Math.max(Math.round(end - start), 0) : undefined };
    }),
  };
}

function toMs(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && !Number.isNaN(Date.parse(value))) return Date.parse(value);
  return null;
}

/** Signed mode: what the SDK sends us (registration, checkpoints) carries the signing key's hash. */
function requireSigningKey(req: http.IncomingMessage, signingKey: string | undefined, what: string) {
  if (signingKey && !safeEqual(req.headers.authorization ?? "", `Bearer ${hashedSigningKey(signingKey)}`)) {
    throw new HttpError(401, `${what}: signing key does not match`);
  }
}

function send(res: http.ServerResponse, status: number, body: unknown, type = "application/json") {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(type === "application/json" ? JSON.stringify(body) : String(body));
}

/**
 * The engine's HTTP face, the part of Inngest's API the SDK talks to (app sync, events in, step checkpoints),
 * plus a read-only view of runs and their steps for whoever is debugging a function.
 */
export function createEngineServer(deps: EngineHttpDeps): http.Server {
  const { db, store } = deps;
  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://engine");
    try {
      if (req.method === "POST" && url.pathname === "/fn/register") {
        requireSigningKey(req, deps.signingKey, "register");
        const body = (await readJson(req)) as { url: string; appName: string; functions: RegisteredFunction[] };
        if (!body?.url || !Array.isArray(body.functions)) throw new HttpError(400, "register: expected { url, appName, functions }");
        await store.saveApp(body.url, body.appName, body.functions);
        return send(res, 200, { ok: true, modified: true });
      }
      const checkpointPath = url.pathname.match(/^\/v1\/checkpoint\/([0-9a-f-]{36})\/async$/);
      if (req.method === "POST" && checkpointPath) {
        requireSigningKey(req, deps.signingKey, "checkpoint");
        const steps = checkpointedSteps(await readJson(req));
        const held = await store.checkpoint(checkpointPath[1]!, steps.holder, steps.steps);
        // 409 tells the SDK its call is stale (the run was reclaimed): it stops without running more.
        if (!held) throw new HttpError(409, "checkpoint: this call no longer holds the run");
        return send(res, 200, { ok: true });
      }
      const eventPath = url.pathname.match(/^\/e\/([^/]+)$/);
      if (req.method === "POST" && eventPath) {
        if (deps.eventKey && !safeEqual(decodeURIComponent(eventPath[1]!), deps.eventKey)) throw new HttpError(401, "unknown event key");
        const body = await readJson(req);
        const list = (Array.isArray(body) ? body : [body]) as Partial<EngineEvent>[];
        if (list.some((e) => !e || typeof e.name !== "string" || !e.name)) throw new HttpError(400, "every event needs a name");
        const events: EngineEvent[] = list.map((e) => ({ id: e.id ?? newEventId(), name: e.name!, data: e.data ?? {}, ts: e.ts ?? Date.now(), ...(e.user ? { user: e.user } : {}) }));
        await store.ingest(events);
        deps.onEvents();
        return send(res, 200, { ids: events.map((e) => e.id), status: 200 });
      }
      if (req.method === "GET" && url.pathname === "/health") {
        const [depth] = await db.execute<{ queued: number; waiting: number; running: number; oldest: string | null }>(sql`
          select count(*) filter (where status = 'queued')::int as queued, count(*) filter (where status = 'waiting')::int as waiting,
                 count(*) filter (where status = 'running')::int as running,
                 min(run_after) filter (where status = 'queued' and run_after <= now()) as oldest
          from engine_runs where status in ('queued', 'waiting', 'running')`);
        return send(res, 200, { status: "ok", ...depth });
      }
      if (req.method === "GET" && url.pathname === "/runs") {
        const runs = await db
          .select({ id: engineRuns.id, functionId: engineRuns.functionId, status: engineRuns.status, createdAt: engineRuns.createdAt, endedAt: engineRuns.endedAt })
          .from(engineRuns)
          .where(url.searchParams.get("status") ? eq(engineRuns.status, url.searchParams.get("status") as never) : undefined)
          .orderBy(desc(engineRuns.createdAt))
          .limit(Math.min(Number(url.searchParams.get("limit")) || 100, 1000));
        return send(res, 200, { runs });
      }
      const runPath = url.pathname.match(/^\/runs\/([0-9a-f-]{36})$/);
      if (req.method === "GET" && runPath) {
        const [run] = await db.select().from(engineRuns).where(eq(engineRuns.id, runPath[1]!));
        if (!run) throw new HttpError(404, "no such run");
        const steps = await db.select().from(engineSteps).where(eq(engineSteps.runId, run.id)).orderBy(engineSteps.id);
        return send(res, 200, { run, steps });
      }
      if (req.method === "GET" && url.pathname === "/") {
        const runs = await db.select().from(engineRuns).orderBy(desc(engineRuns.createdAt)).limit(200);
        return send(res, 200, renderRunsPage(runs), "text/html; charset=utf-8");
      }
      throw new HttpError(404, `no route for ${req.method} ${url.pathname}`);
    } catch (error) {
      if (error instanceof HttpError) return send(res, error.status, { error: error.message });
      console.error("[engine] request failed", error);
      return send(res, 500, { error: "internal error" });
    }
  });
}
