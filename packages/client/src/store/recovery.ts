/**
 * When the query cache retries a resource that failed for a reason that may pass by itself
 * (network, timeout, 429, 5xx): capped exponential backoff with equal jitter, never sooner than
 * the server's `Retry-After`, paused while the page is hidden or offline and resumed at once
 * when it is visible and online again.
 */
import type { AutoSharesError } from '../errors.ts';
import { backoffDelay } from '../streaming/backoff.ts';

/** What the page tells the cache about whether retrying makes sense now. */
export interface RecoverySignals {
  /** True while a retry may go out (page visible and online). */
  canRetry(): boolean;
  /** Calls `listener` when retrying becomes possible again (back online, page shown). Returns the stop. */
  onResume(listener: () => void): () => void;
}

export interface RecoveryOptions {
  /** Delay ceiling of the first automatic retry (1 000 ms). */
  baseDelayMs?: number;
  /** Largest delay between automatic retries (30 000 ms). */
  maxDelayMs?: number;
  /** Visibility and connectivity (default: the page's `document` and `navigator`). */
  signals?: RecoverySignals;
  /** A number in `[0, 1)` for the jitter (default `Math.random`). */
  random?: () => number;
}

interface PageGlobals {
  document?: EventTarget & { hidden?: boolean };
  navigator?: { onLine?: boolean };
  addEventListener?: EventTarget['addEventListener'];
  removeEventListener?: EventTarget['removeEventListener'];
}

/** The page's visibility and `navigator.onLine`; always "can retry" where there is no page (Node). */
export const pageRecoverySignals: RecoverySignals = {
  canRetry() {
    const page = globalThis as PageGlobals;
    return page.document?.hidden !== true && page.navigator?.onLine !== false;
  },
  onResume(listener) {
    const page = globalThis as PageGlobals;
    const onVisibility = () => {
      if (page.document?.hidden !== true) listener();
    };
    page.addEventListener?.('online', listener);
    page.document?.addEventListener('visibilitychange', onVisibility);
    return () => {
      page.removeEventListener?.('online', listener);
      page.document?.removeEventListener('visibilitychange', onVisibility);
    };
  },
};

/** Whether a failure may pass by itself, so the cache retries it unasked. */
export function isRecoverable(error: AutoSharesError): boolean {
  return error.transient;
}

/** Resolved recovery settings with the delay of the n-th automatic retry. */
export class RecoveryPolicy {
  readonly signals: RecoverySignals;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #random: () => number;

  constructor(options: RecoveryOptions = {}) {
    this.#baseDelayMs = options.baseDelayMs ?? 1000;
    this.#maxDelayMs = options.maxDelayMs ?? 30_000;
    this.signals = options.signals ?? pageRecoverySignals;
    this.#random = options.random ?? Math.random;
  }

  /**
   * Delay before the automatic retry after `failures` failures in a row (1 = the first):
   * within `[c/2, c)` for `c = min(max, base · 2^(failures-1))`, and at least `Retry-After`.
   */
  delay(failures: number, error: AutoSharesError): number {
    const backoff = backoffDelay(
      Math.max(0, failures - 1),
      { baseMs: this.#baseDelayMs, maxMs: this.#maxDelayMs },
      this.#random,
    );
    return Math.max(backoff, error.retryAfterMs ?? 0);
  }
}
