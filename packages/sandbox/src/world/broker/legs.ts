/**
 * Orders with legs once placed: the root and its legs move together. A multi-leg order
 * executes all its legs at once; a conditional order starts its first stage, activates the legs
 * waiting on a filled trigger, cancels the other leg of an OCO pair when one fills, and ends when
 * no leg is open (see `combos.ts` for their rules, the README for the lifecycle).
 */
import { isOpen } from './enums.ts';
import { applyExecution, setStatus } from './orders.ts';
import { markPrice } from './positions.ts';
import { isTrailing } from './trailing.ts';
import type { AccountState, BrokerMarket, OrderRecord } from './types.ts';
import type { Rejection } from './verify.ts';
import { CONDITIONAL_TYPES, netPrice } from './combos.ts';

/** Is this the root of a multi-leg order (legs under a Market or Limit root)? */
export const isMultiLegRoot = (record: OrderRecord): boolean =>
  !!record.legIds && !CONDITIONAL_TYPES.has(record.order.Type ?? 'Market');

/** What the leg book needs from the broker. */
export interface LegHost {
  market: BrokerMarket;
  marketOpen(): boolean;
  /** Emits the order (and the account's balance). */
  announce(account: AccountState, record: OrderRecord): void;
  /** The order no longer works (no more passes or quotes for it). */
  untrack(orderId: number): void;
  /** Executes `quantity` of the order at `price`. */
  fill(
    account: AccountState,
    record: OrderRecord,
    quantity: number,
    price: number,
    now: number,
  ): void;
  /** A trailing order starts trailing from the market now. */
  startTrailing(record: OrderRecord): void;
  /** The rules of a leg about to work, its siblings' promises aside. */
  check(account: AccountState, leg: OrderRecord, siblingIds: number[]): Rejection | null;
}

export class LegBook {
  constructor(private readonly host: LegHost) {}

  /** The leg records of a multi-leg or conditional order, in request order. */
  of(account: AccountState, root: OrderRecord): OrderRecord[] {
    return (root.legIds ?? []).flatMap((id) => {
      const leg = account.orders.get(id);
      return leg ? [leg] : [];
    });
  }

  /** Copies the legs' current state into the root's `Legs`. */
  refresh(account: AccountState, root: OrderRecord): void {
    root.order.Legs = this.of(account, root).map((leg) => structuredClone(leg.order));
  }

  /** The parent of a leg, or undefined. */
  parentOf(account: AccountState, record: OrderRecord): OrderRecord | undefined {
    return record.parentId === undefined ? undefined : account.orders.get(record.parentId);
  }

  /** The other legs of a leg's parent. */
  siblingIds(account: AccountState, record: OrderRecord): number[] {
    const parent = this.parentOf(account, record);
    return (parent?.legIds ?? []).filter((id) => id !== record.order.Id);
  }

  /**
   * A root order was accepted or rejected: its legs follow. Rejected: every leg is rejected.
   * Accepted: a multi-leg order's legs and the first stage of a conditional order become `New`;
   * the legs that wait for a trigger (OTO's second, OTOCO's pair) become `Suspended`.
   */
  start(account: AccountState, root: OrderRecord, reason: string | undefined, now: number): void {
    const type = root.order.Type;
    for (const [i, leg] of this.of(account, root).entries()) {
      if (reason) setStatus(leg, 'Rejected', now, reason);
      else {
        const waits = (type === 'OneTriggerOther' || type === 'OneTriggerOneCancelOther') && i > 0;
        setStatus(leg, waits ? 'Suspended' : 'New', now);
        if (!waits && isTrailing(leg.order)) this.host.startTrailing(leg);
      }
      if (!isOpen(leg.order.Status)) this.host.untrack(leg.order.Id ?? 0);
      this.host.announce(account, leg);
    }
    this.refresh(account, root);
  }

  /** Ends the open legs of a root that ended (expired or canceled). */
  end(account: AccountState, root: OrderRecord, status: 'Expired' | 'Canceled', now: number): void {
    for (const leg of this.of(account, root)) {
      if (!isOpen(leg.order.Status)) continue;
      setStatus(leg, status, now, `Order ${root.order.Id} ended`);
      this.host.untrack(leg.order.Id ?? 0);
      this.host.announce(account, leg);
    }
    this.refresh(account, root);
  }

  /**
   * A multi-leg order executes all its legs at once, each at its own ask (buys) or bid (sells),
   * when the legs' net price per spread is at or below the root's `Price` (Market: at once).
   */
  stepMultiLeg(account: AccountState, root: OrderRecord, now: number): void {
    if (!this.host.marketOpen()) return;
    const o = root.order;
    const priced = this.of(account, root).map((leg) => ({
      leg,
      side: leg.order.Side ?? 'Buy',
      quantity: leg.order.Quantity ?? 0,
      quote: this.host.market.quote(leg.order.SecurityId ?? 0),
    }));
    if (priced.length === 0 || priced.some(({ quote }) => !quote)) return;
    const spreads = o.Quantity || 1;
    const net = netPrice(priced, spreads);
    const immediate = o.TimeInForce === 'ImmediateOrCancel' || o.TimeInForce === 'FillOrKill';
    if (o.Type === 'Limit' && net > (o.Price ?? 0) + 1e-9) {
      if (immediate) {
        setStatus(root, 'Canceled', now, 'Could not be filled immediately');
        this.host.announce(account, root);
        this.end(account, root, 'Canceled', now);
      }
      return;
    }
    for (const { leg, side, quantity, quote } of priced) {
      const buying = side === 'Buy' || side === 'BuyToCover';
      const price = (buying ? quote!.Ask : quote!.Bid) || markPrice(quote);
      this.host.fill(account, leg, quantity, price, now);
      this.host.untrack(leg.order.Id ?? 0);
    }
    applyExecution(root, spreads, net, now);
    this.refresh(account, root);
    this.host.announce(account, root);
  }

  /**
   * After a leg of a conditional order changed: a filled trigger activates what waited on it
   * (checked again now that the position exists), a fill in an OCO pair cancels the other leg,
   * a trigger that ended unfilled cancels what waited on it; when no leg is open any more the
   * root ends, `Filled` if its last stage filled, else `Canceled`.
   */
  settle(account: AccountState, record: OrderRecord, now: number): void {
    const root = this.parentOf(account, record);
    if (!root || isMultiLegRoot(root)) return;
    const legs = this.of(account, root);
    const index = legs.indexOf(record);
    const type = root.order.Type;
    const filled = (r: OrderRecord) => (r.order.ExecutedQuantity ?? 0) > 0;
    const triggers = type !== 'OneCancelOther' && index === 0;
    const waiting = legs.filter((leg) => leg.order.Status === 'Suspended');
    if (triggers && record.order.Status === 'Filled') {
      for (const leg of waiting) this.activate(account, leg, now);
    } else if (triggers && !isOpen(record.order.Status) && !filled(record)) {
      for (const leg of waiting) {
        setStatus(leg, 'Canceled', now, `Triggering order ${record.order.Id} did not fill`);
        this.host.untrack(leg.order.Id ?? 0);
        this.host.announce(account, leg);
      }
    }
    const pair =
      type === 'OneCancelOther' ? legs : type === 'OneTriggerOneCancelOther' ? legs.slice(1) : [];
    if (pair.includes(record) && filled(record)) {
      for (const other of pair) {
        if (other === record || !isOpen(other.order.Status)) continue;
        setStatus(other, 'Canceled', now, `Canceled: order ${record.order.Id} of the pair filled`);
        this.host.untrack(other.order.Id ?? 0);
        this.host.announce(account, other);
      }
    }
    this.refresh(account, root);
    if (!isOpen(root.order.Status) || legs.some((leg) => isOpen(leg.order.Status))) return;
    const lastStage = type === 'OneCancelOther' ? legs : legs.slice(1);
    const done = lastStage.some(filled);
    if (done) {
      root.order.ExecutedQuantity = root.order.Quantity;
      root.order.LeavesQuantity = 0;
    }
    setStatus(root, done ? 'Filled' : 'Canceled', now, done ? '' : 'No leg left to work');
    this.host.untrack(root.order.Id ?? 0);
    this.host.announce(account, root);
  }

  /** A waiting leg starts working, if it still passes its checks. */
  private activate(account: AccountState, leg: OrderRecord, now: number): void {
    const rejection = this.host.check(account, leg, this.siblingIds(account, leg));
    if (rejection) {
      setStatus(leg, 'Rejected', now, rejection.text);
      this.host.untrack(leg.order.Id ?? 0);
    } else {
      setStatus(leg, 'New', now, 'Triggered');
      if (isTrailing(leg.order)) this.host.startTrailing(leg);
    }
    this.host.announce(account, leg);
  }
}
