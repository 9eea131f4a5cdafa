import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { env } from "@/server/env";
import { ZodError } from "zod";
import { getDb } from "@/db/database";
import { getSessionState } from "@/server/auth/get-session-member";
import { signedOutMessage } from "@/server/auth/signed-out";
import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError, toTRPCError } from "@/server/errors";

export async function createTRPCContext(opts: { headers: Headers }) {
  const db = await getDb();
  const session = await getSessionState(db);
  return { db, headers: opts.headers, member: session.member, sessionExpired: session.expired };
}
export type Context = Awaited<ReturnType<typeof createTRPCContext>>;

function describeZodError(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid input";
  const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue.message}`;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  sse: {
    // Ends each stream before a serverless platform would cut it (maxDuration 300 s on the route);
    // the client reconnects with its last event id, so nothing is missed or repeated.
    maxDurationMs: env.STREAM_MAX_DURATION_MS,
    ping: { enabled: true, intervalMs: 10_000 },
    client: { reconnectAfterInactivityMs: 25_000 },
  },
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    const app = error.cause instanceof AppError ? error.cause : null;
    return {
      ...shape,
      // Bad input says what was wrong and where, in one readable sentence.
      message: zod ? describeZodError(zod) : shape.message,
      data: {
        ...shape.data,
        field: app?.field ?? (zod?.issues[0]?.path.join(".") || null),
        fieldErrors: zod ? zod.flatten().fieldErrors : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) throw toTRPCError(result.error.cause);
  return result;
});

export const publicProcedure = t.procedure.use(appErrors);

/** Signed in, with a workspace: the scope every lead/job/event query goes through. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.member) {
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: signedOutMessage(ctx.sessionExpired),
    });
  }
  const scope: WorkspaceScope = { db: ctx.db, workspaceId: ctx.member.workspaceId };
  return next({ ctx: { member: ctx.member, scope } });
});

/**
 * The workspace's owner only: what hands out or changes the workspace's credentials (API keys,
 * webhook endpoints and their signing secrets). Members still see that they exist and their logs.
 */
export const ownerProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.member.role !== "owner") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only the workspace's owner can manage API keys, webhook endpoints and signing secrets." });
  }
  return next();
});

/** Staff only; to everyone else the procedure does not exist. */
export const staffProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.member.isStaff) throw new TRPCError({ code: "NOT_FOUND", message: "Not found" });
  return next();
});
