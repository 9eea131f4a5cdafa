import { TRPCError } from "@trpc/server";

export const appErrorCodes = {
  INVALID_INPUT: { trpc: "BAD_REQUEST", http: 400 },
  UNAUTHORIZED: { trpc: "UNAUTHORIZED", http: 401 },
  FORBIDDEN: { trpc: "FORBIDDEN", http: 403 },
  NOT_FOUND: { trpc: "NOT_FOUND", http: 404 },
  CONFLICT: { trpc: "CONFLICT", http: 409 },
  QUOTA_EXCEEDED: { trpc: "PAYMENT_REQUIRED", http: 402 },
  PRECONDITION_FAILED: { trpc: "PRECONDITION_FAILED", http: 412 },
  RATE_LIMITED: { trpc: "TOO_MANY_REQUESTS", http: 429 },
  UNAVAILABLE: { trpc: "INTERNAL_SERVER_ERROR", http: 503 },
} as const satisfies Record<string, { trpc: TRPCError["code"]; http: number }>;

export type AppErrorCode = keyof typeof appErrorCodes;

/** The one error domain code throws; routers and routes map its code to tRPC/HTTP. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** The input field the message is about, so forms can show it in place. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "AppError";
  }

  get httpStatus(): number {
    return appErrorCodes[this.code].http;
  }
}

export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: appErrorCodes[error.code].trpc, message: error.message, cause: error });
}
