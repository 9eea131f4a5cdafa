type Waiter = () => void;

/**
 * At most `limit` tasks in flight per key (workspace); others queue in arrival order. One
 * workspace's burst of leads cannot take every model slot a process has.
 */
export class WorkspaceLimiter {
  private readonly active = new Map<string, number>();
  private readonly queues = new Map<string, Waiter[]>();

  async run<T>(key: string, limit: number, task: () => Promise<T>): Promise<T> {
    await this.acquire(key, limit);
    try {
      return await task();
    } finally {
      this.release(key);
    }
  }

  private acquire(key: string, limit: number): Promise<void> {
    const active = this.active.get(key) ?? 0;
    if (active < limit) {
      this.active.set(key, active + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const queue = this.queues.get(key) ?? [];
      queue.push(resolve);
      this.queues.set(key, queue);
    });
  }

  private release(key: string) {
    const next = this.queues.get(key)?.shift();
    // The slot passes straight to the next waiter, so `active` stays as it is.
    if (next) return next();
    if (this.queues.get(key)?.length === 0) this.queues.delete(key);
    const active = (this.active.get(key) ?? 1) - 1;
    if (active <= 0) this.active.delete(key);
    else this.active.set(key, active);
  }
}
