/**
 * The broker: accounts, orders, fills, positions, transactions. It owns no clock and no
 * randomness of its own: the world passes `now` in and drives `process()` once per tick, so
 * the same seed and the same calls give the same orders, fills and events.
 *
 * Order lifecycle: placed → `PendingNew`; next pass → `New` (or `Rejected` with a reason, e.g.
 * buying power); later passes → fills. Market orders fill at the ask (buy) / bid (sell), up to
 * the displayed size (at least 500 shares) per pass, so large ones fill partially first.
 * Limit orders fill when the quote crosses the limit; stop orders trigger when the last price
 * crosses the stop, then behave as market (stop) or limit (stop-limit) orders. Good-till-date
 * orders expire; immediate-or-cancel and fill-or-kill cancel what cannot fill at once.
 */
import type { OrderResource, PositionResource, WorldEvent } from '../../contract.ts';
import { computeBalance, type PriceOf } from './balance.ts';
import { conflict, duplicateClientId } from '../../http/errors.ts';
import { isOpen } from './enums.ts';
import { commissionFor, round } from './money.ts';
import { applyExecution, newOrder, setStatus } from './orders.ts';
import { applyFill, markPrice, positionResource } from './positions.ts';
import { recordTransaction } from './transactions.ts';
import { checkOrder, previewOrder, type VerifyContext } from './verify.ts';
import type {
  AccountState,
  BrokerMarket,
  ModifyInput,
  OrderInput,
  OrderPreviewResource,
  OrderRecord,
  OrderVerifiedResource,
  PositionState,
} from './types.ts';

/** How the broker reaches the rest of the world. */
export interface BrokerHost {
  market: BrokerMarket;
  now(): number;
  /** Epoch ms at which the current trading day began. */
  dayStart(): number;
  marketOpen(): boolean;
  emit(event: WorldEvent): void;
  /** Whether anybody listens (events are skipped, not built, when nobody does). */
  listening(): boolean;
}

/** Minimum shares a market order can take per pass. */
const MIN_LIQUIDITY = 500;

export class Broker {
  readonly accounts = new Map<number, AccountState>();
  private readonly open = new Map<number, { account: AccountState; record: OrderRecord }>();
  /** Working order ids per security, so a quote touches only its own orders. */
  private readonly bySecurity = new Map<number, Set<number>>();
  private ids = { order: 178_940, position: 9_100, transaction: 700_000 };

  constructor(private readonly host: BrokerHost) {}

  readonly priceOf: PriceOf = (securityId) => {
    const q = this.host.market.quote(securityId);
    return { price: markPrice(q), previousClose: q?.PreviousClose || q?.Close || markPrice(q) };
  };

  nextOrderId = (): number => ++this.ids.order;
  nextPositionId = (): number => ++this.ids.position;
  nextTransactionId = (): number => ++this.ids.transaction;

  /** Registers an account (empty ledger) so orders can be placed in it. */
  addAccount(account: AccountState): void {
    this.accounts.set(account.id, account);
  }

  /** Number of working orders across all accounts. */
  get openOrderCount(): number {
    return this.open.size;
  }

  private context(account: AccountState, replacingOrderId?: number): VerifyContext {
    return {
      account,
      market: this.host.market,
      priceOf: this.priceOf,
      marketOpen: this.host.marketOpen(),
      now: this.host.now(),
      dayStart: this.host.dayStart(),
      replacingOrderId,
    };
  }

  /** `POST A/preview/orders`. */
  preview(account: AccountState, input: OrderInput): OrderPreviewResource {
    return previewOrder(input, this.context(account));
  }

  /**
   * `PUT A/preview/orders/{id}` (the replacement as it would be verified) and
   * `GET A/verified/orders/{id}` (the order as it stands): an `OrderVerifiedResource`.
   */
  verifyExisting(
    account: AccountState,
    record: OrderRecord,
    change: ModifyInput | null = null,
  ): OrderVerifiedResource {
    const input = orderInput(record.order, change ?? {});
    return {
      ...previewOrder(input, this.context(account, record.order.Id)),
      OrderId: record.order.Id,
    };
  }

  /**
   * Sandbox behaviour (the spec is silent): a `ClientId` is accepted once per account. A second
   * placement with a `ClientId` the account already has is refused with a 409 envelope
   * (`{"Model":null,"Errors":["Duplicate ClientId: …"],"StatusCode":409,"IsSucceed":false}`),
   * as a careful broker deduplicates a retried placement.
   */
  assertNewClientId(account: AccountState, clientId: string | undefined): void {
    if (!clientId) return;
    for (const record of account.orders.values()) {
      if (record.order.ClientId === clientId) throw duplicateClientId(clientId, record.order.Id);
    }
  }

  /**
   * `POST A/orders`: the order is accepted as `PendingNew`; verification failures reject it on
   * the next pass. A `ClientId` the account already has is refused ({@link assertNewClientId}).
   */
  place(account: AccountState, input: OrderInput): OrderResource {
    this.assertNewClientId(account, input.clientId);
    const now = this.host.now();
    const security = input.symbol ? this.host.market.security(input.symbol) : null;
    const rejection = checkOrder(input, this.context(account), security);
    const record: OrderRecord = {
      order: newOrder(this.nextOrderId(), account, input, security, now),
      details: [],
      triggered: false,
      pendingReject: rejection ? rejection.text : undefined,
    };
    setStatus(record, 'PendingNew', now);
    account.orders.set(record.order.Id ?? 0, record);
    this.track(account, record);
    this.announceOrder(account, record);
    return structuredClone(record.order);
  }

  /** Seeds a working order accepted at `at` (no events): `PendingNew` then `New`. */
  seedOpenOrder(account: AccountState, input: OrderInput, at: number): void {
    const security = this.host.market.security(input.symbol);
    const record: OrderRecord = {
      order: newOrder(this.nextOrderId(), account, input, security, at),
      details: [],
      triggered: false,
    };
    setStatus(record, 'PendingNew', at);
    setStatus(record, 'New', at + 40);
    account.orders.set(record.order.Id ?? 0, record);
    this.track(account, record);
  }

  /** `DELETE A/orders/{id}`: cancels a working order; 409 when it is no longer open. */
  cancel(account: AccountState, record: OrderRecord): void {
    if (!isOpen(record.order.Status)) {
      throw conflict(`Order ${record.order.Id} cannot be canceled: it is ${record.order.Status}.`);
    }
    setStatus(record, 'Canceled', this.host.now(), 'Canceled by user');
    this.untrack(record.order.Id ?? 0);
    this.announceOrder(account, record);
  }

  /** `PUT A/orders/{id}`: cancel/replace; the old order becomes `Replaced`, a new one carries on. */
  replace(account: AccountState, record: OrderRecord, change: ModifyInput): OrderResource {
    const old = record.order;
    if (!isOpen(old.Status)) throw conflict(`Failed to replace: order ${old.Id} is ${old.Status}.`);
    const input = orderInput(old, change);
    const security = this.host.market.security(old.SecurityId ?? 0);
    const rejection = checkOrder(input, this.context(account, old.Id), security);
    if (rejection) throw conflict(`Failed to replace: ${rejection.text}`);
    const now = this.host.now();
    setStatus(record, 'Replaced', now, 'Replaced by user');
    this.untrack(old.Id ?? 0);
    this.announceOrder(account, record);
    const next: OrderRecord = {
      order: {
        ...newOrder(this.nextOrderId(), account, input, security, now),
        OrigClientId: old.ClientId,
      },
      details: [],
      triggered: record.triggered,
    };
    next.order.Quantity = input.quantity;
    setStatus(next, 'New', now, `Replaces order ${old.Id}`);
    account.orders.set(next.order.Id ?? 0, next);
    this.track(account, next);
    this.announceOrder(account, next);
    return structuredClone(next.order);
  }

  /** One pass over every working order: accept/reject, expire, trigger, fill. */
  process(): void {
    if (this.open.size === 0) return;
    const now = this.host.now();
    for (const [id, { account, record }] of [...this.open]) {
      this.step(account, record, now);
      if (!isOpen(record.order.Status)) this.untrack(id);
    }
  }

  /** A security's quote changed: working (accepted) orders in it may trigger or fill. */
  onQuote(securityId: number): void {
    const ids = this.bySecurity.get(securityId);
    if (!ids || ids.size === 0) return;
    const now = this.host.now();
    for (const id of [...ids]) {
      const entry = this.open.get(id);
      if (!entry || entry.record.order.Status === 'PendingNew') continue;
      this.step(entry.account, entry.record, now);
      if (!isOpen(entry.record.order.Status)) this.untrack(id);
    }
  }

  private track(account: AccountState, record: OrderRecord): void {
    const id = record.order.Id ?? 0;
    this.open.set(id, { account, record });
    const securityId = record.order.SecurityId ?? 0;
    const ids = this.bySecurity.get(securityId) ?? new Set<number>();
    ids.add(id);
    this.bySecurity.set(securityId, ids);
  }

  private untrack(id: number): void {
    const entry = this.open.get(id);
    if (!entry) return;
    this.open.delete(id);
    this.bySecurity.get(entry.record.order.SecurityId ?? 0)?.delete(id);
  }

  private step(account: AccountState, record: OrderRecord, now: number): void {
    const o = record.order;
    if (o.Status === 'PendingNew') {
      const reason = record.pendingReject ?? this.recheck(account, record);
      if (reason) setStatus(record, 'Rejected', now, reason);
      else setStatus(record, 'New', now);
      this.announceOrder(account, record);
      return;
    }
    if (o.TimeInForce === 'GoodTillDate' && o.ExpireDate && Date.parse(o.ExpireDate) <= now) {
      setStatus(record, 'Expired', now, 'Good-till-date order expired');
      this.announceOrder(account, record);
      return;
    }
    if (!this.host.marketOpen()) return;
    const quote = this.host.market.quote(o.SecurityId ?? 0);
    if (!quote) return;
    const buying = o.Side === 'Buy' || o.Side === 'BuyToCover';
    const last = markPrice(quote);
    if ((o.Type === 'Stop' || o.Type === 'StopLimit') && !record.triggered) {
      const stop = o.StopPrice ?? 0;
      record.triggered = buying ? last >= stop : last <= stop;
      if (!record.triggered) return;
    }
    const price = (buying ? quote.Ask : quote.Bid) || last;
    const limited = o.Type === 'Limit' || o.Type === 'StopLimit';
    const marketable = !limited || (buying ? price <= (o.Price ?? 0) : price >= (o.Price ?? 0));
    const leaves = o.LeavesQuantity ?? 0;
    const liquidity = Math.max(MIN_LIQUIDITY, (buying ? quote.AskSize : quote.BidSize) ?? 0);
    const immediate = o.TimeInForce === 'ImmediateOrCancel' || o.TimeInForce === 'FillOrKill';
    if (!marketable || (o.TimeInForce === 'FillOrKill' && liquidity < leaves)) {
      if (immediate) {
        setStatus(record, 'Canceled', now, 'Could not be filled immediately');
        this.announceOrder(account, record);
      }
      return;
    }
    this.fill(account, record, Math.min(leaves, liquidity), price, now);
    if (immediate && isOpen(o.Status)) {
      setStatus(record, 'Canceled', now, 'Unfilled quantity canceled');
      this.announceOrder(account, record);
    }
  }

  /** Re-verifies a pending order against the account as it is now (buying power may be gone). */
  private recheck(account: AccountState, record: OrderRecord): string | undefined {
    const o = record.order;
    const input = orderInput(o);
    const security = this.host.market.security(o.SecurityId ?? 0);
    return checkOrder(input, this.context(account, o.Id), security)?.text;
  }

  /** Executes `quantity` of the order at `price`: order, cash, position, ledger, events. */
  fill(
    account: AccountState,
    record: OrderRecord,
    quantity: number,
    price: number,
    now: number,
    silent = false,
  ): void {
    const o = record.order;
    const security = this.host.market.security(o.SecurityId ?? 0);
    if (!security) return;
    const firstFill = (o.ExecutedQuantity ?? 0) === 0;
    applyExecution(record, quantity, price, now);
    const buying = o.Side === 'Buy' || o.Side === 'BuyToCover';
    const value = round(quantity * price);
    account.cash = round(account.cash + (buying ? -value : value));
    recordTransaction(account, this.nextTransactionId(), 'OrderExecution', now, {
      SecurityId: o.SecurityId,
      OrderId: o.Id,
      OrderStateId: record.details.length,
      Value: buying ? -value : value,
      Quantity: quantity,
      LeavesQuantity: o.LeavesQuantity,
      Price: price,
      Symbol: o.Symbol,
      Description: `${buying ? 'Bought' : 'Sold'} ${quantity} ${o.Symbol} @ ${price}`,
    });
    if (firstFill) {
      const commission = commissionFor(o.Quantity ?? quantity, price);
      account.cash = round(account.cash - commission);
      recordTransaction(account, this.nextTransactionId(), 'Commission', now, {
        SecurityId: o.SecurityId,
        OrderId: o.Id,
        Value: -commission,
        Symbol: o.Symbol,
        Fee: {
          Id: 1,
          CommissionId: 'PerShare',
          Value: commission,
          Seizure: 'Order',
          Leverage: 1,
          ValueType: 'Absolute',
        },
        Description: `Commission for order ${o.Id}`,
      });
    }
    const delta = buying ? quantity : -quantity;
    const position = applyFill(account, security, delta, price, now, this.nextPositionId);
    if (silent || !this.host.listening()) return;
    this.host.emit({ type: 'order', accountId: account.id, order: structuredClone(o) });
    this.host.emit({
      type: 'position',
      accountId: account.id,
      position: this.positionResource(account, position),
    });
    this.announceBalance(account);
  }

  /** The API shape of a position, marked at the live price. */
  positionResource(account: AccountState, p: PositionState): PositionResource {
    const { price, previousClose } = this.priceOf(p.securityId);
    return positionResource(
      account,
      p,
      this.host.market.security(p.securityId),
      price,
      previousClose,
    );
  }

  private announceOrder(account: AccountState, record: OrderRecord): void {
    if (!this.host.listening()) return;
    this.host.emit({ type: 'order', accountId: account.id, order: structuredClone(record.order) });
    this.announceBalance(account);
  }

  /** Emits the account's balance now. */
  announceBalance(account: AccountState): void {
    if (!this.host.listening()) return;
    this.host.emit({ type: 'balance', accountId: account.id, balance: this.balance(account) });
  }

  /** The account's balance now. */
  balance(account: AccountState) {
    return computeBalance(account, this.priceOf, this.host.dayStart());
  }
}

/** The bound request an order stands for, with a replacement's changes applied (quantity = what is left to fill). */
export function orderInput(o: OrderResource, change: Partial<ModifyInput> = {}): OrderInput {
  return {
    symbol: o.Symbol ?? '',
    type: change.type ?? o.Type ?? 'Limit',
    side: o.Side ?? 'Buy',
    timeInForce: change.timeInForce ?? o.TimeInForce ?? 'Day',
    quantity: (change.quantity ?? o.Quantity ?? 0) - (o.ExecutedQuantity ?? 0),
    price: change.price ?? (o.Price || undefined),
    stopPrice: change.stopPrice ?? (o.StopPrice || undefined),
    expireDate:
      change.expireDate ??
      (o.ExpireDate && o.TimeInForce === 'GoodTillDate' ? Date.parse(o.ExpireDate) : undefined),
    comment: change.comment ?? o.Comment,
    exchange: o.Exchange,
  };
}
