/** Reconnect backoff settings. */
export interface BackoffOptions {
  /** Delay ceiling of the first retry, ms. */
  baseMs: number;
  /** Largest delay ceiling, ms. */
  maxMs: number;
}

/**
 * Exponential backoff with "equal jitter": a random delay in `[c/2, c)` where
 * `c = min(max, base · 2^attempt)`, so the delay grows with each failure yet many clients
 * dropped at once do not reconnect in lockstep. `attempt` counts from 0.
 * `random` returns a number in `[0, 1)` (injectable for tests).
 */
export function backoffDelay(
  attempt: number,
  { baseMs, maxMs }: BackoffOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(ceiling / 2 + (random() * ceiling) / 2);
}
