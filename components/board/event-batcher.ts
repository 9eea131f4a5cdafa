/**
 * Collects events as they stream in and hands them over in one batch per animation frame,
 * so 100 events a second cost at most one cache write and one render per frame.
 */
export class EventBatcher<T> {
  private buffer: T[] = [];
  private scheduled = false;

  constructor(private readonly flush: (batch: T[]) => void) {}

  push(item: T) {
    this.buffer.push(item);
    if (this.scheduled) return;
    this.scheduled = true;
    // Hidden tabs get no animation frames; they still catch up, just less often.
    if (document.hidden) setTimeout(this.drain, 250);
    else requestAnimationFrame(this.drain);
  }

  private drain = () => {
    this.scheduled = false;
    const batch = this.buffer.splice(0);
    if (batch.length) this.flush(batch);
  };
}
