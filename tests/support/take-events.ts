/** Reads `count` items from an async iterator, failing if they do not arrive within `ms`. */
export async function take<T>(iterator: AsyncIterator<T>, count: number, ms = 5_000): Promise<T[]> {
  const items: T[] = [];
  const deadline = Date.now() + ms;
  while (items.length < count) {
    const remaining = deadline - Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), Math.max(remaining, 0))));
    const next = await Promise.race([iterator.next(), timeout]);
    clearTimeout(timer);
    if (next === "timeout") throw new Error(`expected ${count} items within ${ms} ms, got ${items.length}`);
    if (next.done) break;
    items.push(next.value);
  }
  return items;
}

/** True if nothing arrives within `ms` (the pending read is left to the caller's abort). */
export async function nothingWithin<T>(iterator: AsyncIterator<T>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"quiet">((resolve) => (timer = setTimeout(() => resolve("quiet"), ms)));
  const result = await Promise.race([iterator.next(), timeout]);
  clearTimeout(timer);
  return result === "quiet";
}
