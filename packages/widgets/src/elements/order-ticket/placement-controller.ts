/**
 * The order ticket's money-safety logic, free of any template: review (the server's preview),
 * place, and — when the answer is slow or lost — find out whether the order exists before
 * anything is offered again. One confirmed action sends one order with one `ClientId`, reused by
 * Try again, so a server that deduplicates by it (the sandbox does) refuses a second copy.
 *
 * States: `editing` → `previewing` → `reviewing` → `placing` → `confirmed`, or
 * `rejected` (the server refused it: nothing placed, back to the review),
 * `unconfirmed` (no answer yet: the request may still be in flight; re-checked by `ClientId`
 * with backoff and watched on the `Order` stream until the window runs out),
 * `absent` (a look-up made after the request ended, or after the window ran out, did not find
 * it: only now is Try again offered), or `unknown` (the look-ups themselves failed: Check again).
 *
 * Aborting: the client aborts a placement only while it has not left the browser (still waiting
 * in the client's rate limiter or for a token), because only then can aborting not create an
 * order later. A request that was sent is never aborted to decide anything: aborting a fetch does
 * not stop a server that already received it, so it would prove nothing. It runs until it is
 * answered or the window runs out (the transport's timeout is the window), and the outcome is
 * decided by its answer, the `Order` stream, or a look-up by `ClientId` made after it ended.
 */
import type {
  CreateOrderResource,
  OrderPreviewResource,
  OrderResource,
  OrdersApi,
} from '@autoshares/client';
import { errorCode, outcomeUnknown } from './placement.ts';

/** What the controller needs of the client's orders API (`client.api.orders`). */
export type PlacementOrders = Pick<OrdersApi, 'preview' | 'place' | 'findByClientId' | 'get'>;

/** An order as the ticket knows it: the placement answer, merged with stream updates. */
export type LiveOrder = Partial<OrderResource> & { RejectReason?: string };

/** The captured order of the current action (later edits never change what is sent). */
export interface PendingOrder {
  accountId: number;
  order: CreateOrderResource;
}

/**
 * Where the placement is. `unconfirmed.until` is when its window ends (ms, `Date.now()` clock;
 * 0 while Check again looks it up).
 */
export type PlacementState =
  | { kind: 'editing'; error?: unknown }
  | { kind: 'previewing' }
  | { kind: 'reviewing'; preview: OrderPreviewResource; error?: unknown }
  | { kind: 'placing' }
  | { kind: 'unconfirmed'; until: number; error?: unknown }
  | { kind: 'confirmed'; order: LiveOrder; notice?: string }
  | { kind: 'absent'; windowRanOut: boolean; error?: unknown }
  | { kind: 'unknown'; error: unknown }
  | { kind: 'rejected'; preview: OrderPreviewResource; error: unknown };

export interface PlacementTiming {
  /** After this long without an answer the ticket says "unconfirmed" (default 15 000 ms). */
  placeTimeoutMs?: number;
  /**
   * How long after sending the ticket keeps the outcome open: the request runs, the stream is
   * watched and the order is looked up by `ClientId` (default: 4 × placeTimeoutMs, at least
   * 60 000 ms; never shorter than twice placeTimeoutMs).
   */
  windowMs?: number;
  /** First pause between look-ups in the window (default 1000 ms); doubles, at most 10 s. */
  recheckMs?: number;
}

export interface PlacementHooks {
  /** Every state change (the element re-renders). */
  onChange(): void;
  /** An order of this action is known to exist (once per action). */
  onConfirmed?(order: OrderResource, pending: PendingOrder): void;
}

/** Notices shown with a confirmed order whose answer did not come straight back. */
export const DELAYED_NOTICE =
  'The answer from AutoShares was delayed, but your order was received. It was placed once.';
export const DUPLICATE_NOTICE = 'Your earlier attempt did reach AutoShares; it was not sent again.';

const newClientId = (): string =>
  globalThis.crypto?.randomUUID?.() ??
  `as-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });

/** The window a ticket with this placement timeout keeps an unanswered order open. */
export function windowFor(timing: PlacementTiming): number {
  const timeout = timing.placeTimeoutMs || 15_000;
  const window = timing.windowMs || Math.max(60_000, 4 * timeout);
  return Math.max(window, 2 * timeout);
}

/** One confirmed action's placement, from review to a known outcome. See the module doc. */
export class PlacementController {
  state: PlacementState = { kind: 'editing' };
  /** The order under review / sent. */
  pending: PendingOrder | undefined;
  /** The one `ClientId` of the current action (set by the first Place). */
  clientId: string | undefined;
  /** How many times the current action was sent (1 + Try again). */
  attempts = 0;
  /** The server's preview of the pending order (shown again with a refusal). */
  private preview: OrderPreviewResource = {};

  /** Ends every wait of the current action (timers, the look-up loop and its requests). */
  private action = new AbortController();
  /** Set while the request is in flight: aborts it if it has not left the browser yet. */
  private abortUnsent: (() => void) | undefined;
  private generation = 0;
  /** A deciding look-up (after the request ended, or Check again) is under way. */
  private checkingNow = false;

  constructor(
    private readonly orders: () => PlacementOrders | undefined,
    private readonly timing: () => PlacementTiming,
    private readonly hooks: PlacementHooks,
  ) {}

  /** True from Place until the action's outcome is known (input is ignored meanwhile). */
  get busy(): boolean {
    return ['placing', 'unconfirmed'].includes(this.state.kind) || this.checkingNow;
  }

  /** The confirmed order, if any. */
  get order(): LiveOrder | undefined {
    return this.state.kind === 'confirmed' ? this.state.order : undefined;
  }

  /** An order of this action is known to exist (state may change under an await). */
  private get settled(): boolean {
    return this.order !== undefined;
  }

  private set(state: PlacementState): void {
    this.state = state;
    this.hooks.onChange();
  }

  // ---- review ---------------------------------------------------------------------------

  /**
   * Ask the server for a preview of `order`; on success the order is captured for placing.
   * Resolves true when the review is shown.
   */
  async review(accountId: number, order: CreateOrderResource): Promise<boolean> {
    const api = this.orders();
    if (this.state.kind !== 'editing' || !api) return false;
    const generation = ++this.generation;
    this.set({ kind: 'previewing' });
    try {
      const preview = await api.preview(accountId, order);
      if (generation !== this.generation) return false; // edited or reset meanwhile
      this.pending = { accountId, order };
      this.preview = preview;
      this.set({ kind: 'reviewing', preview });
      return true;
    } catch (error) {
      if (generation === this.generation) this.set({ kind: 'editing', error });
      return false;
    }
  }

  /** Back to editing from a preview or a review (not while an order is on its way). */
  edit(): void {
    if (this.busy || this.settled) return;
    this.generation++;
    this.pending = undefined;
    this.set({ kind: 'editing' });
  }

  /** Forget the action (New order, sign-out). An unsent request is aborted; a sent one is left to the server. */
  reset(): void {
    this.generation++;
    this.action.abort();
    this.action = new AbortController();
    this.abortUnsent?.();
    this.abortUnsent = undefined;
    this.pending = undefined;
    this.clientId = undefined;
    this.attempts = 0;
    this.checkingNow = false;
    this.set({ kind: 'editing' });
  }

  // ---- place ----------------------------------------------------------------------------

  /** Place the reviewed order (synchronously guarded: a second call does nothing). */
  place(): Promise<void> {
    if ((this.state.kind !== 'reviewing' && this.state.kind !== 'rejected') || !this.pending)
      return Promise.resolve();
    // A new click after a refusal is a new action: a new ClientId.
    this.clientId = newClientId();
    this.attempts = 0;
    return this.send();
  }

  /** Try again, offered only when the order is known to be absent: the same ClientId again. */
  retry(): Promise<void> {
    if (this.state.kind !== 'absent' || !this.pending || !this.clientId) return Promise.resolve();
    return this.send();
  }

  /** Check again after the look-ups failed. */
  async checkAgain(): Promise<void> {
    if (this.state.kind !== 'unknown' || this.checkingNow) return;
    await this.decideAfterEnd(undefined, false);
  }

  private async send(): Promise<void> {
    const api = this.orders();
    const pending = this.pending!;
    const clientId = this.clientId!;
    if (!api) return;
    const generation = ++this.generation;
    const preview = this.preview;
    this.attempts++;
    this.action.abort();
    this.action = new AbortController();
    const action = this.action.signal;
    const timing = this.timing();
    const placeTimeout = timing.placeTimeoutMs || 15_000;
    const windowMs = windowFor(timing);
    const until = Date.now() + windowMs;
    this.set({ kind: 'placing' });

    const request = new AbortController();
    let sent = false;
    const abortIfUnsent = () => {
      if (!sent) request.abort();
    };
    this.abortUnsent = abortIfUnsent;
    const answer = api
      .place(
        pending.accountId,
        { ...pending.order, ClientId: clientId },
        { timeoutMs: windowMs, signal: request.signal, onSent: () => (sent = true) },
      )
      .then(
        (order) => ({ order }),
        (error: unknown) => ({ error }),
      )
      .finally(() => {
        if (this.abortUnsent === abortIfUnsent) this.abortUnsent = undefined;
      });

    // At the window's end a request still waiting in the browser (rate limiter, token) is
    // aborted: nothing can arrive from it. (A sent one is ended by the transport's timeout.)
    void sleep(windowMs, action).then(() => {
      if (!action.aborted && generation === this.generation) abortIfUnsent();
    });
    // No answer within the placement timeout: say so, keep the request, watch and re-check.
    const late = sleep(placeTimeout, action).then(() => 'late' as const);
    const first = await Promise.race([answer, late]);
    if (generation !== this.generation) return;
    let rechecking: Promise<void> | undefined;
    if (first === 'late') {
      this.set({ kind: 'unconfirmed', until });
      rechecking = this.recheckUntil(until, generation, action, DELAYED_NOTICE);
    }
    const outcome = await answer;
    if (generation !== this.generation || this.settled) return;
    if ('order' in outcome) {
      this.confirm(outcome.order, first === 'late' ? DELAYED_NOTICE : undefined);
      return;
    }
    const error = outcome.error;
    if (errorCode(error) === 'aborted' && !sent) {
      // Aborted before it left the browser: nothing can arrive.
      this.action.abort();
      this.set({ kind: 'absent', windowRanOut: false, error });
      return;
    }
    if (!outcomeUnknown(error) && errorCode(error) !== 'aborted') {
      const repeat = this.attempts > 1 || errorCode(error) === 'conflict';
      if (repeat) {
        // A repeat of this ClientId refused, e.g. "ClientId already accepted": the order is
        // there, or still being processed. Never a failure while that may be so.
        const found = await this.lookUp(action).catch(() => undefined);
        if (generation !== this.generation || this.settled) return;
        if (found) return this.confirm(found, DUPLICATE_NOTICE);
      }
      if (!repeat || errorCode(error) !== 'conflict') {
        this.action.abort();
        this.set({ kind: 'rejected', preview, error });
        return;
      }
      this.set({ kind: 'unconfirmed', until });
      await (rechecking ?? this.recheckUntil(until, generation, action, DUPLICATE_NOTICE));
      if (generation !== this.generation || this.settled) return;
      await this.decideAfterEnd(error, true);
      return;
    }
    // The request has ended without an answer (network, 5xx, or the transport's timeout at
    // the window's end): a look-up made now decides. The re-check loop, if running, goes on
    // until the window ends, so an order that still turns up is shown.
    await this.decideAfterEnd(error, Date.now() >= until);
  }

  /** Re-check by ClientId with backoff while the window is open (the one look-up loop). */
  private async recheckUntil(
    until: number,
    generation: number,
    action: AbortSignal,
    notice: string,
  ): Promise<void> {
    let pause = this.timing().recheckMs || 1000;
    while (!action.aborted && generation === this.generation) {
      const found = await this.lookUp(action).catch(() => undefined);
      if (generation !== this.generation || action.aborted) return;
      if (found) return this.confirm(found, notice);
      const left = until - Date.now();
      if (left <= 0) break;
      await sleep(Math.min(pause, left), action);
      pause = Math.min(pause * 2, 10_000);
    }
    // The window ran out; send() decides once the request has ended.
  }

  /** After the request ended (or on Check again): one look-up decides found / absent / unknown. */
  private async decideAfterEnd(error: unknown, windowRanOut: boolean): Promise<void> {
    const generation = this.generation;
    const action = this.action.signal;
    this.checkingNow = true;
    if (this.state.kind === 'unknown') this.set({ kind: 'unconfirmed', until: 0 });
    try {
      const found = await this.lookUp(action);
      if (generation !== this.generation || this.settled) return;
      if (found) return this.confirm(found, DELAYED_NOTICE);
      this.set({ kind: 'absent', windowRanOut, error });
    } catch (lookUpError) {
      if (generation !== this.generation || this.settled) return;
      this.set({ kind: 'unknown', error: lookUpError });
    } finally {
      this.checkingNow = false;
    }
  }

  /** The one `findByClientId` loop step: this action's ClientId in the account's orders. */
  private async lookUp(signal: AbortSignal): Promise<OrderResource | undefined> {
    const api = this.orders();
    if (!api || !this.pending || !this.clientId) return undefined;
    return api.findByClientId(this.pending.accountId, this.clientId, { signal });
  }

  private confirm(order: OrderResource, notice?: string): void {
    this.action.abort(); // ends the re-check loop; the answer (if any) is no longer needed
    this.state = { kind: 'confirmed', order: { ...order }, notice };
    // "Order placed" is said before any status of it (onChange announces statuses).
    if (this.pending) this.hooks.onConfirmed?.(order, this.pending);
    this.hooks.onChange();
  }

  // ---- live status ----------------------------------------------------------------------

  /**
   * An `Order` stream message. This action's order (by Id once known, else by ClientId)
   * confirms it if it was still open — also after the window ran out — and updates its status.
   */
  onOrderMessage(message: LiveOrder): void {
    const state = this.state;
    if (state.kind === 'confirmed') {
      if (message.Id == null || message.Id !== state.order.Id) return;
      this.set({ ...state, order: { ...state.order, ...message } });
      return;
    }
    if (!this.clientId || message.ClientId !== this.clientId || message.Id == null) return;
    if (!['placing', 'unconfirmed', 'absent', 'unknown'].includes(this.state.kind)) return;
    this.confirm(
      message as OrderResource,
      this.state.kind === 'placing' ? undefined : DELAYED_NOTICE,
    );
  }

  /** After a stream resync: fetch the confirmed order once (it may have changed meanwhile). */
  async refresh(): Promise<void> {
    const api = this.orders();
    const order = this.order;
    if (!api || !this.pending || order?.Id == null) return;
    try {
      this.onOrderMessage(await api.get(this.pending.accountId, order.Id));
    } catch {
      // the stream carries on; nothing to tell the user
    }
  }
}
