import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { signedOutResponse } from "@/server/auth/signed-out";
import { appRouter } from "./root";
import { createTRPCContext } from "./trpc";

/**
 * Serves /api/trpc. Event streams are refused with a plain 401 before they open, so an
 * anonymous or expired client never holds a connection (tRPC would answer 200 and an error frame).
 */
export async function handleTRPCRequest(req: Request): Promise<Response> {
  const context = await createTRPCContext({ headers: req.headers });
  if (req.headers.get("accept")?.includes("text/event-stream") && !context.member) {
    return signedOutResponse(context.sessionExpired);
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => context,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"} failed`, error.cause ?? error);
    },
  });
}
