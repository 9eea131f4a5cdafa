import { afterEach, describe, expect, it } from "vitest";
import { createLogger, loggerFor } from "./logger";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}

const savedLevel = process.env.LOG_LEVEL;
afterEach(() => {
  if (savedLevel === undefined) delete process.env.LOG_LEVEL;
  else process.env.LOG_LEVEL = savedLevel;
});

describe("logger", () => {
  it("writes one JSON line per event carrying the request, workspace, job and lead ids", () => {
    process.env.LOG_LEVEL = "info";
    const { logger, lines } = capture();
    loggerFor({ requestId: "req-12345678", workspaceId: "ws-1", jobId: null, leadId: "lead-1" }, logger).info({ durationMs: 12 }, "agent finished");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", msg: "agent finished", requestId: "req-12345678", workspaceId: "ws-1", leadId: "lead-1", durationMs: 12, service: "nellia-prospector" });
    expect(lines[0]).not.toHaveProperty("jobId");
    expect(typeof lines[0]!.time).toBe("string");
  });

  it("never writes passwords, tokens, cookies or API keys, even if handed them", () => {
    process.env.LOG_LEVEL = "info";
    const { logger, lines } = capture();
    logger.info({ password: "hunter2", apiKey: "np_live_x", headers: { cookie: "authjs.session-token=abc", authorization: "Bearer t" }, body: { token: "t" } }, "oops");
    const text = JSON.stringify(lines);
    for (const secret of ["hunter2", "np_live_x", "authjs.session-token=abc", "Bearer t", '"t"']) expect(text).not.toContain(secret);
  });

  it("takes its level from LOG_LEVEL", () => {
    process.env.LOG_LEVEL = "warn";
    const { logger, lines } = capture();
    logger.info("hidden");
    logger.warn("shown");
    expect(lines.map((l) => l.msg)).toEqual(["shown"]);
  });
});
