import type {
  CreateOrderResource,
  OrderPreviewResource,
  OrderResource,
  OrdersApi,
} from '@autoshares/client';
import { orderPlacement } from '../../orders/placement/order-placement.ts';
import { PlacementController } from '../../orders/placement/placement-controller.ts';
import type { PlacementState, PlacementTiming } from '../../orders/placement/placement-state.ts';

/** An order as the ticket knows it: the placement answer, merged with stream updates. */
export type LiveOrder = Partial<OrderResource> & { RejectReason?: string };

/** The captured order of the current action (later edits never change what is sent). */
export interface PendingOrder {
  accountId: number;
  order: CreateOrderResource;
}

/** The review's own steps, before anything is placed. */
type ReviewState =
  { kind: 'editing'; error?: unknown } | { kind: 'previewing' } | { kind: 'reviewing' };

/**
 * Where the ticket is: the review (`editing` → `previewing` → `reviewing`), then the
 * placement's states (`placing`, `unconfirmed`, `confirmed`, `absent`, `unknown`, `rejected`).
 */
export type TicketStep =
  ReviewState['kind'] | Exclude<PlacementState<OrderResource>['kind'], 'idle'>;

export interface TicketFlowHooks {
  /** Every change of step (the element re-renders). */
  onChange(): void;
  /** An order of this action is known to exist (once per action). */
  onConfirmed(order: OrderResource, pending: PendingOrder): void;
}

/**
 * The ticket's review and placement: the server's preview of the order under review (captured,
 * so later edits never change what is sent), then its placement through the shared
 * `PlacementController` (one `ClientId` per confirmed action, see `docs/order-safety.md`).
 */
export class TicketFlow {
  /** The order under review / sent. */
  pending: PendingOrder | undefined;
  /** The server's preview of the pending order (shown again with a refusal). */
  preview: OrderPreviewResource = {};
  /** Places the reviewed order and finds out its outcome. */
  readonly placement: PlacementController<OrderResource>;

  #reviewState: ReviewState = { kind: 'editing' };
  #generation = 0;

  constructor(
    private readonly orders: () => OrdersApi | undefined,
    timing: () => PlacementTiming,
    private readonly hooks: TicketFlowHooks,
  ) {
    this.placement = new PlacementController<OrderResource>(timing, {
      onChange: () => hooks.onChange(),
      onConfirmed: (order) => {
        if (this.pending) hooks.onConfirmed(order, this.pending);
      },
    });
  }

  get step(): TicketStep {
    const kind = this.placement.state.kind;
    return kind === 'idle' ? this.#reviewState.kind : kind;
  }

  /** The failure to show with the current step: the preview's, the refusal's, or the placement's. */
  get error(): unknown {
    const state = this.placement.state;
    if ('error' in state) return state.error;
    return state.kind === 'idle' && this.#reviewState.kind === 'editing'
      ? this.#reviewState.error
      : undefined;
  }

  /** True from Place until the outcome is known (input is ignored meanwhile). */
  get busy(): boolean {
    return this.placement.busy;
  }

  /** The confirmed order, if any. */
  get order(): LiveOrder | undefined {
    return this.placement.result;
  }

  #setReview(state: ReviewState): void {
    this.#reviewState = state;
    this.hooks.onChange();
  }

  /** Ask the server for a preview of `order`; resolves true when the review is shown. */
  async review(accountId: number, order: CreateOrderResource): Promise<boolean> {
    const api = this.orders();
    if (this.step !== 'editing' || !api) return false;
    const generation = ++this.#generation;
    this.#setReview({ kind: 'previewing' });
    try {
      const preview = await api.preview(accountId, order);
      if (generation !== this.#generation) return false; // edited or reset meanwhile
      this.pending = { accountId, order };
      this.preview = preview;
      this.#setReview({ kind: 'reviewing' });
      return true;
    } catch (error) {
      if (generation === this.#generation) this.#setReview({ kind: 'editing', error });
      return false;
    }
  }

  /** Back to editing from a preview, a review or a refusal (not while an order is on its way). */
  edit(): void {
    if (this.busy || this.placement.state.kind === 'confirmed') return;
    this.#generation++;
    this.pending = undefined;
    if (this.placement.state.kind !== 'idle') this.placement.reset();
    this.#setReview({ kind: 'editing' });
  }

  /** Place the reviewed order: a new action with a new `ClientId` (guarded synchronously). */
  place(): Promise<void> {
    const api = this.orders();
    const pending = this.pending;
    if (!api || !pending || (this.step !== 'reviewing' && this.step !== 'rejected'))
      return Promise.resolve();
    return this.placement.place(orderPlacement(api, pending.accountId, pending.order));
  }

  /** Forget the action (New order, sign-out). An unsent request is aborted; a sent one is left to the server. */
  reset(): void {
    this.#generation++;
    this.pending = undefined;
    this.#reviewState = { kind: 'editing' };
    this.placement.reset();
  }
}
