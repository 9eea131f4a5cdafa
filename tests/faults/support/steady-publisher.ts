import { setTimeout as sleep } from "node:timers/promises";
import type { Db } from "@/db/client";
import { publishEvent } from "@/server/domain/events/publish-event";

/**
 * Writes `total` status events to a workspace through the domain publisher (the same
 * transaction + NOTIFY the pipeline uses), at most `perSecond` of them a second, numbered 1..total
 * in their payload. Runs until done or stopped; `published` says how far it got.
 */
export function startSteadyPublisher(opts: { db: Db; workspaceId: string; total: number; perSecond: number; batch?: number }) {
  const batch = opts.batch ?? 20;
  let published = 0;
  let stopped = false;
  const started = performance.now();
  const done = (async () => {
    while (published < opts.total && !stopped) {
      // One after another, so the numbers in the payloads follow the ids.
      const next = Array.from({ length: Math.min(batch, opts.total - published) }, (_, i) => published + i + 1);
      for (const n of next) await publishEvent({ db: opts.db }, { workspaceId: opts.workspaceId, type: "status_update", payload: { n } });
      published += next.length;
      const due = started + (published / opts.perSecond) * 1000;
      if (due > performance.now()) await sleep(due - performance.now());
    }
  })();
  return {
    published: () => published,
    done,
    stop: () => {
      stopped = true;
      return done;
    },
  };
}
