import { advanceRun, type EngineOptions } from "./advance-run";
import type { RunStore } from "./run-store";
import type { RunRow } from "./types";

/**
 * The engine's claim loop: claims runs (FOR UPDATE SKIP LOCKED, so any number of engine processes
 * can share the queue) while fewer than `capacity` are in hand, and drives each as far as it goes,
 * keeping its lease alive meanwhile. With checkpointing one call can hold a run for a whole lead,
 * so runs in hand are cheap promises, not loops: one loop polls, however many runs it drives.
 * A process that dies leaves leases that expire; another engine reclaims those runs.
 */
export class EngineWorker {
  private stopped = false;
  private wakeUp: (() => void) | null = null;
  private done: Promise<void> = Promise.resolve();
  private claims = 0;
  private readonly inHand = new Set<Promise<void>>();

  constructor(
    private readonly store: RunStore,
    private readonly engineId: string,
    private readonly options: EngineOptions & { leaseMs: number; pollMs: number; capacity: number },
  ) {}

  start() {
    this.done = this.loop();
  }

  /** New events or a freed slot: claim now rather than at the next poll. */
  wake() {
    this.wakeUp?.();
  }

  /** Stops claiming and waits for the runs in hand to reach their next commit. */
  async stop() {
    this.stopped = true;
    this.wake();
    await this.done;
    await Promise.all(this.inHand);
  }

  private async loop() {
    while (!this.stopped) {
      if (this.inHand.size < this.options.capacity) {
        // Each claim has its own holder id, so a call left over from an earlier claim of the same
        // run (timed out, then reclaimed) can no longer checkpoint or commit into it.
        const holder = `${this.engineId}.${++this.claims}`;
        let run: RunRow | null = null;
        try {
          run = await this.store.claim(holder, this.options.leaseMs);
        } catch (error) {
          console.error("[engine] claim failed", error);
        }
        if (run) {
          this.drive(run, holder);
          continue;
        }
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollMs);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }

  private drive(run: RunRow, holder: string) {
    const renew = setInterval(() => {
      this.store.renewLease(run.id, holder, this.options.leaseMs).catch(() => {});
    }, this.options.leaseMs / 3);
    const driving = advanceRun(run, { store: this.store, workerId: holder, options: this.options })
      .catch((error: unknown) => {
        // The lease lapses and the run is picked up again; nothing it finished is lost.
        console.error(`[engine] run ${run.id} (${run.functionId}) stopped on an error; it will be retried`, error);
      })
      .finally(() => {
        clearInterval(renew);
        this.inHand.delete(driving);
        this.wake();
      });
    this.inHand.add(driving);
  }
}
