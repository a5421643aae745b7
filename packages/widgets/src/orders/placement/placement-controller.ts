/**
 * Places one confirmed action at most once, whatever the network does, and never claims an
 * outcome it does not know. Free of any template and of what is placed: its input is a
 * `PlacementRequest` (send with a client id, find by client id), so an equity ticket, an option
 * ticket or a funding form share it. See `docs/order-safety.md`.
 *
 * States: `idle` → `placing` → `confirmed`, or `rejected` (the server refused it: nothing
 * placed), `unconfirmed` (no answer yet: the request may still be in flight; re-checked by client
 * id with backoff — and seen on the server's stream, see `observed` — until the window runs out),
 * `absent` (a look-up made after the request ended, or after the window ran out, did not find it:
 * only now is Try again offered, with the same client id), or `unknown` (the look-ups themselves
 * failed: Check again).
 *
 * Aborting: a request is aborted only while it has not left the browser (still waiting in the
 * client's rate limiter or for a token), because only then can aborting not create anything
 * later. A request that was sent is never aborted to decide anything: it runs until it is
 * answered or the window runs out (its own timeout is the window), and the outcome is decided by
 * its answer, the stream, or a look-up by client id made after it ended.
 */
import type {
  ConfirmedBy,
  PlacementRequest,
  PlacementState,
  PlacementTiming,
} from './placement-state.ts';
import { windowFor } from './placement-state.ts';
import { newClientId } from '@autoshares/client';
import { errorCode, outcomeUnknown, sleep } from './placement-support.ts';

export interface PlacementHooks<T> {
  /** Every state change (the host re-renders). */
  onChange(): void;
  /** The result of this action is known to exist (once per action). */
  onConfirmed?(result: T): void;
}

/** States in which the action's result may still turn up (on the stream or a look-up). */
const OPEN: ReadonlySet<PlacementState<unknown>['kind']> = new Set([
  'placing',
  'unconfirmed',
  'absent',
  'unknown',
]);

/** One confirmed action's placement, from Place to a known outcome. See the module doc. */
export class PlacementController<T> {
  state: PlacementState<T> = { kind: 'idle' };
  /** The one client id of the current action (set by `place`, kept by Try again). */
  clientId: string | undefined;
  /** How many times the current action was sent (1 + Try again). */
  attempts = 0;

  #request: PlacementRequest<T> | undefined;
  /** Ends every wait of the current action (timers, the look-up loop and its requests). */
  #action = new AbortController();
  /** Set while the request is in flight: aborts it if it has not left the browser yet. */
  #abortUnsent: (() => void) | undefined;
  #generation = 0;
  /** A deciding look-up (after the request ended, or Check again) is under way. */
  #checkingNow = false;

  constructor(
    private readonly timing: () => PlacementTiming,
    private readonly hooks: PlacementHooks<T>,
  ) {}

  /** True from Place until the outcome is known (input is ignored meanwhile). */
  get busy(): boolean {
    return this.state.kind === 'placing' || this.state.kind === 'unconfirmed' || this.#checkingNow;
  }

  /** The confirmed result, if any. */
  get result(): T | undefined {
    return this.state.kind === 'confirmed' ? this.state.result : undefined;
  }

  /** The result of this action is known to exist (state may change under an await). */
  get #settled(): boolean {
    return this.state.kind === 'confirmed';
  }

  #set(state: PlacementState<T>): void {
    this.state = state;
    this.hooks.onChange();
  }

  /**
   * Place `request` as a new action with a new client id: only when nothing is under way
   * (`idle`) or after a refusal (`rejected`). Synchronously guarded: a second call does nothing.
   */
  place(request: PlacementRequest<T>): Promise<void> {
    if (this.state.kind !== 'idle' && this.state.kind !== 'rejected') return Promise.resolve();
    this.#request = request;
    this.clientId = newClientId();
    this.attempts = 0;
    return this.#send();
  }

  /** Try again, offered only when the result is known to be absent: the same client id again. */
  retry(): Promise<void> {
    if (this.state.kind !== 'absent' || !this.#request || !this.clientId) return Promise.resolve();
    return this.#send();
  }

  /** Check again after the look-ups failed. */
  async checkAgain(): Promise<void> {
    if (this.state.kind !== 'unknown' || this.#checkingNow) return;
    await this.#decideAfterEnd(undefined, false);
  }

  /** Forget the action (New order, sign-out). An unsent request is aborted; a sent one is left to the server. */
  reset(): void {
    this.#generation++;
    this.#action.abort();
    this.#action = new AbortController();
    this.#abortUnsent?.();
    this.#abortUnsent = undefined;
    this.#request = undefined;
    this.clientId = undefined;
    this.attempts = 0;
    this.#checkingNow = false;
    this.#set({ kind: 'idle' });
  }

  /**
   * The server's stream shows `result`, created with `clientId`: if it is this action's and the
   * outcome is still open (also after the window ran out), it is confirmed.
   */
  observed(clientId: string | undefined, result: T): void {
    if (!this.clientId || clientId !== this.clientId || !OPEN.has(this.state.kind)) return;
    this.#confirm(result, this.state.kind === 'placing' ? 'answered' : 'late');
  }

  /** A newer view of the confirmed result (e.g. its status from the stream). */
  amend(result: T): void {
    if (this.state.kind === 'confirmed') this.#set({ ...this.state, result });
  }

  async #send(): Promise<void> {
    const request = this.#request!;
    const clientId = this.clientId!;
    const generation = ++this.#generation;
    this.attempts++;
    this.#action.abort();
    this.#action = new AbortController();
    const action = this.#action.signal;
    const timing = this.timing();
    const placeTimeout = timing.placeTimeoutMs || 15_000;
    const windowMs = windowFor(timing);
    const until = Date.now() + windowMs;
    this.#set({ kind: 'placing' });

    const abort = new AbortController();
    let sent = false;
    const abortIfUnsent = () => {
      if (!sent) abort.abort();
    };
    this.#abortUnsent = abortIfUnsent;
    const answer = request
      .send(clientId, { timeoutMs: windowMs, signal: abort.signal, onSent: () => (sent = true) })
      .then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      )
      .finally(() => {
        if (this.#abortUnsent === abortIfUnsent) this.#abortUnsent = undefined;
      });

    // At the window's end a request still waiting in the browser (rate limiter, token) is
    // aborted: nothing can arrive from it. (A sent one is ended by its own timeout.)
    void sleep(windowMs, action).then(() => {
      if (!action.aborted && generation === this.#generation) abortIfUnsent();
    });
    // No answer within the placement timeout: say so, keep the request, watch and re-check.
    const late = sleep(placeTimeout, action).then(() => 'late' as const);
    const first = await Promise.race([answer, late]);
    if (generation !== this.#generation) return;
    let rechecking: Promise<void> | undefined;
    if (first === 'late') {
      this.#set({ kind: 'unconfirmed', until });
      rechecking = this.recheckUntil(until, generation, action, 'late');
    }
    const outcome = await answer;
    if (generation !== this.#generation || this.#settled) return;
    if ('result' in outcome) {
      this.#confirm(outcome.result, first === 'late' ? 'late' : 'answered');
      return;
    }
    const error = outcome.error;
    if (errorCode(error) === 'aborted' && !sent) {
      // Aborted before it left the browser: nothing can arrive.
      this.#action.abort();
      this.#set({ kind: 'absent', windowRanOut: false, error });
      return;
    }
    if (!outcomeUnknown(error) && errorCode(error) !== 'aborted') {
      const repeat = this.attempts > 1 || errorCode(error) === 'conflict';
      if (repeat) {
        // A repeat of this client id refused, e.g. "ClientId already accepted": the result is
        // there, or still being processed. Never a failure while that may be so.
        const found = await this.#lookUp(action).catch(() => undefined);
        if (generation !== this.#generation || this.#settled) return;
        if (found) return this.#confirm(found, 'duplicate');
      }
      if (!repeat || errorCode(error) !== 'conflict') {
        this.#action.abort();
        this.#set({ kind: 'rejected', error });
        return;
      }
      this.#set({ kind: 'unconfirmed', until });
      await (rechecking ?? this.recheckUntil(until, generation, action, 'duplicate'));
      if (generation !== this.#generation || this.#settled) return;
      await this.#decideAfterEnd(error, true);
      return;
    }
    // The request has ended without an answer (network, 5xx, or its timeout at the window's
    // end): a look-up made now decides. The re-check loop, if running, goes on until the window
    // ends, so a result that still turns up is shown.
    await this.#decideAfterEnd(error, Date.now() >= until);
  }

  /** Re-check by client id with backoff while the window is open (the one look-up loop). */
  private async recheckUntil(
    until: number,
    generation: number,
    action: AbortSignal,
    by: ConfirmedBy,
  ): Promise<void> {
    let pause = this.timing().recheckMs || 1000;
    while (!action.aborted && generation === this.#generation) {
      const found = await this.#lookUp(action).catch(() => undefined);
      if (generation !== this.#generation || action.aborted) return;
      if (found) return this.#confirm(found, by);
      const left = until - Date.now();
      if (left <= 0) break;
      await sleep(Math.min(pause, left), action);
      pause = Math.min(pause * 2, 10_000);
    }
    // The window ran out; send() decides once the request has ended.
  }

  /** After the request ended (or on Check again): one look-up decides found / absent / unknown. */
  async #decideAfterEnd(error: unknown, windowRanOut: boolean): Promise<void> {
    const generation = this.#generation;
    const action = this.#action.signal;
    this.#checkingNow = true;
    if (this.state.kind === 'unknown') this.#set({ kind: 'unconfirmed', until: 0 });
    try {
      const found = await this.#lookUp(action);
      if (generation !== this.#generation || this.#settled) return;
      if (found) return this.#confirm(found, 'late');
      this.#set({ kind: 'absent', windowRanOut, error });
    } catch (lookUpError) {
      if (generation !== this.#generation || this.#settled) return;
      this.#set({ kind: 'unknown', error: lookUpError });
    } finally {
      this.#checkingNow = false;
    }
  }

  /** The one look-up step: what this action's client id created, if anything. */
  #lookUp(signal: AbortSignal): Promise<T | undefined> {
    if (!this.#request || !this.clientId) return Promise.resolve(undefined);
    return this.#request.find(this.clientId, signal);
  }

  #confirm(result: T, by: ConfirmedBy): void {
    this.#action.abort(); // ends the re-check loop; the answer (if any) is no longer needed
    this.state = { kind: 'confirmed', result, by };
    // "Placed" is said before any status of it (onChange may announce statuses).
    this.hooks.onConfirmed?.(result);
    this.hooks.onChange();
  }
}
