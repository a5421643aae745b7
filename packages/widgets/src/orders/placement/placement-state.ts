/**
 * The states, timing and inputs of a placement (`placement-controller.ts`): one confirmed action
 * that must reach the server at most once, whatever the network does. Nothing here knows what is
 * placed: an equity order, an option order or a funding request fit the same shape.
 */

/** How a `send` is told about its deadline, its abort and the moment it leaves the browser. */
export interface SendOptions {
  /** The request's own timeout (the confirm window): it ends the request, not the action. */
  timeoutMs: number;
  /** Aborted only while the request has not left the browser (see `onSent`). */
  signal: AbortSignal;
  /** Called once the request has left the browser (the transport's `onSent` hook). */
  onSent: () => void;
}

/**
 * What to place, free of any form: send it once with a client id, and find what a client id
 * created. `send` must never retry by itself (the client's order placement does not).
 */
export interface PlacementRequest<T> {
  /** Sends the request carrying `clientId`; resolves with what the server created. */
  send(clientId: string, options: SendOptions): Promise<T>;
  /** Looks up what was created with `clientId`; undefined when the server has nothing for it. */
  find(clientId: string, signal: AbortSignal): Promise<T | undefined>;
}

/**
 * How an outcome became known: `answered` (the answer came in time, or the server's own stream
 * said so while placing), `late` (after the placement timeout: a late answer, a look-up or the
 * stream), `duplicate` (a repeat of the client id was refused and the first attempt was found).
 */
export type ConfirmedBy = 'answered' | 'late' | 'duplicate';

/**
 * Where a placement is. `unconfirmed.until` is when its window ends (ms, `Date.now()` clock;
 * 0 while Check again looks it up).
 */
export type PlacementState<T> =
  | { kind: 'idle' }
  | { kind: 'placing' }
  | { kind: 'unconfirmed'; until: number }
  | { kind: 'confirmed'; result: T; by: ConfirmedBy }
  | { kind: 'absent'; windowRanOut: boolean; error?: unknown }
  | { kind: 'unknown'; error: unknown }
  | { kind: 'rejected'; error: unknown };

export interface PlacementTiming {
  /** After this long without an answer the placement is "unconfirmed" (default 15 000 ms). */
  placeTimeoutMs?: number;
  /**
   * How long after sending the outcome is kept open: the request runs, the stream is watched and
   * the result is looked up by client id (default: 4 × placeTimeoutMs, at least 60 000 ms; never
   * shorter than twice placeTimeoutMs).
   */
  windowMs?: number;
  /** First pause between look-ups in the window (default 1000 ms); doubles, at most 10 s. */
  recheckMs?: number;
}

/** The window a placement with this timing keeps an unanswered request open, in ms. */
export function windowFor(timing: PlacementTiming): number {
  const timeout = timing.placeTimeoutMs || 15_000;
  const window = timing.windowMs || Math.max(60_000, 4 * timeout);
  return Math.max(window, 2 * timeout);
}
