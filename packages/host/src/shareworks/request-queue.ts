/**
 * Paces calls to Shareworks: at most `concurrency` at once, and none while a 429's wait runs
 * (every queued call waits, not only the refused one).
 */

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Thrown by {@link RequestQueue.acquire} when the queue is paused for longer than the caller may wait. */
export class QueuePausedError extends Error {
  constructor(readonly remainingMs: number) {
    super(`Calls to Shareworks are paused for ${remainingMs} ms`);
    this.name = 'QueuePausedError';
  }
}

export class RequestQueue {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private pausedUntil = 0;

  constructor(private readonly concurrency: number) {}

  /**
   * Waits for a free slot outside any pause; call the returned function when the call is done.
   * Throws a {@link QueuePausedError} at once when the pause outlasts `maxWaitMs`.
   */
  async acquire(maxWaitMs = Infinity): Promise<() => void> {
    for (;;) {
      const pause = this.pausedUntil - Date.now();
      if (pause > maxWaitMs) throw new QueuePausedError(pause);
      if (pause > 0) {
        await sleep(pause);
        continue;
      }
      if (this.active < this.concurrency) {
        this.active++;
        let released = false;
        return () => {
          if (released) return;
          released = true;
          this.active--;
          this.waiting.shift()?.();
        };
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Holds every call for `ms` (a 429's Retry-After). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }
}

/** `Retry-After` in ms (delta-seconds or an HTTP date), or null when absent or unreadable. */
export function retryAfterMs(headers: Headers, nowMs = Date.now()): number | null {
  const value = headers.get('Retry-After')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
