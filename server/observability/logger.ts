import pino, { type DestinationStream, type Logger } from "pino";

export type LogContext = { requestId?: string; workspaceId?: string; jobId?: string | null; leadId?: string; [key: string]: unknown };

// Belt and braces: nothing should log these, and if something does they never reach the output.
const REDACT = [
  "password",
  "*.password",
  "token",
  "*.token",
  "apiKey",
  "*.apiKey",
  "secret",
  "*.secret",
  "cookie",
  "*.cookie",
  "authorization",
  "*.authorization",
  "headers.cookie",
  "headers.authorization",
  "req.headers.cookie",
  "req.headers.authorization",
];

/** The process logger's settings; `destination` lets a test read the lines. */
export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
    // Test runs stay quiet unless they ask (LOG_LEVEL=debug npx vitest ...).
      level: process.env.LOG_LEVEL?.trim() || (process.env.VITEST ? "silent" : "info"),
      base: { service: "nellia-prospector" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

const globalForLogger = globalThis as unknown as { nelliaLogger?: Logger };

/** One JSON logger per process (kept across `next dev` reloads); `level` from LOG_LEVEL, default info. */
export const logger: Logger = (globalForLogger.nelliaLogger ??= createLogger());

/** A child logger whose every line carries the request, workspace, job and lead it is about. */
export function loggerFor(context: LogContext, parent: Logger = logger): Logger {
  const bindings = Object.fromEntries(Object.entries(context).filter(([, value]) => value !== undefined && value !== null));
  return parent.child(bindings);
}
