import { randomUUID } from "node:crypto";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { signedOutResponse } from "@/server/auth/signed-out";
import { loggerFor } from "@/server/observability/logger";
import { appRouter } from "./root";
import { createTRPCContext } from "./trpc";

/** A caller's own id is kept (so its logs and ours join up) if it looks like one; otherwise a new one. */
function requestIdOf(req: Request): string {
  const given = req.headers.get("x-request-id");
  return given && /^[\w.:-]{8,128}$/.test(given) ? given : randomUUID();
}

/**
 * Serves /api/trpc, logging one line per request (never its input, cookies or headers). Event
 * streams are refused with a plain 401 before they open, so an anonymous or expired client never
 * holds a connection (tRPC would answer 200 and an error frame).
 */
export async function handleTRPCRequest(req: Request): Promise<Response> {
  const startedAt = performance.now();
  const requestId = requestIdOf(req);
  const path = decodeURIComponent(new URL(req.url).pathname.replace(/^\/api\/trpc\/?/, "")) || "?";
  const context = await createTRPCContext({ headers: req.headers });
  const log = loggerFor({ requestId, workspaceId: context.member?.workspaceId });
  const stream = Boolean(req.headers.get("accept")?.includes("text/event-stream"));
  const finish = (res: Response, errors: string[] = []) => {
    const line = { path, method: req.method, status: res.status, durationMs: Math.round(performance.now() - startedAt), ...(stream ? { stream } : {}), ...(errors.length ? { errors } : {}) };
    if (res.status >= 500) log.error(line, "trpc request");
    else log.info(line, "trpc request");
    return res;
  };
  if (stream && !context.member) return finish(signedOutResponse(context.sessionExpired));
  const errors: string[] = [];
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => context,
    responseMeta: () => ({ headers: { "x-request-id": requestId } }),
    onError({ error, path: failed }) {
      errors.push(`${failed ?? "?"}: ${error.code}`);
      if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error.cause ?? error, path: failed }, "trpc procedure failed");
    },
  });
  return finish(res, errors);
}
