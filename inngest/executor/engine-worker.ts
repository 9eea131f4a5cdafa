import { advanceRun, type EngineOptions } from "./advance-run";
import type { RunStore } from "./run-store";

/**
 * One of the engine's claim loops. Each claims a run (FOR UPDATE SKIP LOCKED, so any number of
 * loops and engine processes can share the queue), keeps its lease alive while it works, and
 * drives it as far as it goes. A worker that dies leaves a lease that expires; another reclaims the run.
 */
export class EngineWorker {
  private stopped = false;
  private wakeUp: (() => void) | null = null;
  private done: Promise<void> = Promise.resolve();
  private claims = 0;

  constructor(
    private readonly store: RunStore,
    private readonly workerId: string,
    private readonly options: EngineOptions & { leaseMs: number; pollMs: number },
  ) {}

  start() {
    this.done = this.loop();
  }

  wake() {
    this.wakeUp?.();
  }

  async stop() {
    this.stopped = true;
    this.wake();
    await this.done;
  }

  private async loop() {
    while (!this.stopped) {
      let run;
      // Each claim has its own holder id, so a call left over from an earlier claim of the same
      // run (timed out, then reclaimed) can no longer checkpoint or commit into it.
      const holder = `${this.workerId}.${++this.claims}`;
      try {
        run = await this.store.claim(holder, this.options.leaseMs);
      } catch (error) {
        console.error("[engine] claim failed", error);
      }
      if (!run) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.pollMs);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeUp = null;
        continue;
      }
      const renew = setInterval(() => {
        this.store.renewLease(run.id, holder, this.options.leaseMs).catch(() => {});
      }, this.options.leaseMs / 3);
      try {
        await advanceRun(run, { store: this.store, workerId: holder, options: this.options });
      } catch (error) {
        // The lease lapses and the run is picked up again; nothing it finished is lost.
        console.error(`[engine] run ${run.id} (${run.functionId}) stopped on an error; it will be retried`, error);
      } finally {
        clearInterval(renew);
      }
    }
  }
}
