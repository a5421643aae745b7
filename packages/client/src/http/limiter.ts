/**
 * A client-side request limiter, so that a page full of widgets never trips the server's 429
 * itself: requests wait here instead of failing.
 *
 * One bucket per category. Each bucket holds `limit` tokens; a request takes one, and that token
 * comes back exactly `windowMs` after it was taken (a rolling-window token bucket). So a burst may
 * spend the whole budget at once (burst-friendly: ten widgets loading together do not queue),
 * yet no window of `windowMs` ever starts more than `limit` requests. A 429 with `Retry-After`
 * pauses the bucket for that long ({@link RateLimiter.pause}).
 */
import { AutoSharesError } from '../errors.ts';

/** The request categories the [AS26] rate-limit page names. */
export type RequestCategory =
  'auth' | 'orders' | 'queries' | 'securities' | 'history' | 'watchlists' | 'alerts';

export interface BucketLimit {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in ms (default 60 000). */
  windowMs?: number;
}

/** Per-category limits; `false` turns the limiter off. */
export type LimitsOption = Partial<Record<RequestCategory, BucketLimit | number>> | false;

/** The documented [AS26] limits, per minute. */
export const DEFAULT_LIMITS: Readonly<Record<RequestCategory, number>> = {
  auth: 10,
  orders: 50,
  queries: 120,
  securities: 200,
  history: 60,
  watchlists: 60,
  alerts: 60,
};

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

class Bucket {
  /** Start times of the requests still inside the window, oldest first. */
  readonly #taken: number[] = [];
  readonly #waiters: Waiter[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pausedUntil = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (this.#waiters.length === 0 && this.#tryTake()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal };
      if (signal) {
        waiter.onAbort = () => {
          const i = this.#waiters.indexOf(waiter);
          if (i >= 0) this.#waiters.splice(i, 1);
          reject(abortError(signal));
          this.#schedule();
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.#waiters.push(waiter);
      this.#schedule();
    });
  }

  pause(ms: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, Date.now() + ms);
    this.#schedule();
  }

  /** Requests waiting right now. */
  get pending(): number {
    return this.#waiters.length;
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const w of this.#waiters.splice(0)) {
      if (w.onAbort) w.signal?.removeEventListener('abort', w.onAbort);
      w.reject(new AutoSharesError({ code: 'aborted', message: 'The client was disposed.' }));
    }
  }

  #tryTake(): boolean {
    const now = Date.now();
    if (now < this.#pausedUntil) return false;
    while (this.#taken.length && this.#taken[0]! <= now - this.windowMs) this.#taken.shift();
    if (this.#taken.length >= this.limit) return false;
    this.#taken.push(now);
    return true;
  }

  #drain(): void {
    while (this.#waiters.length && this.#tryTake()) {
      const w = this.#waiters.shift()!;
      if (w.onAbort) w.signal?.removeEventListener('abort', w.onAbort);
      w.resolve();
    }
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#waiters.length === 0) return;
    const now = Date.now();
    const freeAt = this.#taken.length >= this.limit ? this.#taken[0]! + this.windowMs : now;
    const wait = Math.max(0, this.#pausedUntil - now, freeAt - now);
    this.#timer = setTimeout(() => this.#drain(), wait + 1);
  }
}

function abortError(signal: AbortSignal): AutoSharesError {
  return new AutoSharesError({ code: 'aborted', cause: signal.reason });
}

/** One bucket per {@link RequestCategory}. */
export class RateLimiter {
  readonly #buckets = new Map<RequestCategory, Bucket>();

  constructor(limits: LimitsOption = {}) {
    if (limits === false) return;
    for (const category of Object.keys(DEFAULT_LIMITS) as RequestCategory[]) {
      const given = limits[category];
      const spec: BucketLimit =
        typeof given === 'number'
          ? { limit: given }
          : (given ?? { limit: DEFAULT_LIMITS[category] });
      if (spec.limit > 0)
        this.#buckets.set(category, new Bucket(spec.limit, spec.windowMs ?? 60_000));
    }
  }

  /** Waits until a request of this category may start; rejects with `aborted` if `signal` fires. */
  acquire(category: RequestCategory, signal?: AbortSignal): Promise<void> {
    return this.#buckets.get(category)?.acquire(signal) ?? Promise.resolve();
  }

  /** Holds every request of a category for `ms` (a 429's `Retry-After`). */
  pause(category: RequestCategory, ms: number): void {
    this.#buckets.get(category)?.pause(ms);
  }

  /** Requests waiting in a category's bucket. */
  pending(category: RequestCategory): number {
    return this.#buckets.get(category)?.pending ?? 0;
  }

  dispose(): void {
    for (const bucket of this.#buckets.values()) bucket.dispose();
  }
}
