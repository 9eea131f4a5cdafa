import { ZodError } from "zod";
import { AppError, type AppErrorCode } from "@/server/errors";

/** The public API's one error shape: `{ error: { code, message, field? } }`. */
export type ApiErrorBody = { error: { code: string; message: string; field?: string } };

const publicCodes: Record<AppErrorCode, string> = {
  INVALID_INPUT: "invalid_request",
  UNAUTHORIZED: "unauthorized",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "not_found",
  CONFLICT: "conflict",
  QUOTA_EXCEEDED: "quota_exceeded",
  PRECONDITION_FAILED: "precondition_failed",
  RATE_LIMITED: "rate_limited",
  UNAVAILABLE: "unavailable",
};

export function apiError(status: number, code: string, message: string, opts: { field?: string; headers?: HeadersInit } = {}): Response {
  const body: ApiErrorBody = { error: { code, message, ...(opts.field ? { field: opts.field } : {}) } };
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...opts.headers } });
}

/** Turns what a handler threw into the JSON error a caller can act on; internals never leak. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ZodError) return zodErrorResponse(error);
  if (error instanceof AppError) return apiError(error.httpStatus, publicCodes[error.code], error.message, { field: error.field });
  console.error("[api/v1] unexpected error", error);
  return apiError(500, "internal_error", "Something went wrong on our side. Try again in a moment.");
}

/** The first problem, named by its path (`source.domains.0`), so the caller knows what and where. */
export function zodErrorResponse(error: ZodError, where?: string): Response {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join(".") || where || undefined;
  const message = issue ? `${path ? `${path}: ` : ""}${issue.message}` : "Invalid request";
  return apiError(400, "invalid_request", message, { field: path });
}
