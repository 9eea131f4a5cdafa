import type { WorkspaceScope } from "@/server/domain/workspaces/workspace-scope";
import { AppError } from "@/server/errors";
import { rateLimits } from "@/server/observability/limits";
import { consumeRateLimit } from "./consume-rate-limit";
import { peekRateLimit } from "./peek-rate-limit";

export const jobStartsKey = (workspaceId: string) => `jobs.start:${workspaceId}`;

/**
 * Runs `start` unless the workspace already started its limit of runs this minute. Only a start
 * that succeeds is counted, so refused starts (no ICP, quota, a run already going) cost nothing.
 */
export async function limitJobStarts<T>(scope: WorkspaceScope, start: () => Promise<T>, now = new Date()): Promise<T> {
  const rule = rateLimits().jobStarts;
  const key = jobStartsKey(scope.workspaceId);
  const state = await peekRateLimit(scope.db, key, rule, now);
  if (!state.allowed) {
    throw new AppError("RATE_LIMITED", `You started ${state.count} runs in the last minute; wait ${state.retryAfterSeconds} s.`);
  }
  const result = await start();
  await consumeRateLimit(scope.db, key, rule, now);
  return result;
}
