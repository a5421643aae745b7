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
import { isMultiLeg, spreadsOf } from './combos.ts';
import {
  contractSize,
  expiryCloseOf,
  isOption,
  nakedRequirement,
  optionCommission,
  termsOf,
} from './contracts.ts';
import { conflict, duplicateClientId } from '../../http/errors.ts';
import { isOpen } from './enums.ts';
import { commissionFor, round } from './money.ts';
import { applyExecution, newOrder, setStatus } from './orders.ts';
import { applyFill, markPrice, positionResource } from './positions.ts';
import { recordTransaction } from './transactions.ts';
import { isMultiLegRoot, LegBook } from './legs.ts';
import { isTrailing, trail, trailingLimit } from './trailing.ts';
import { checkOrder, previewOrder } from './order-check.ts';
import { checkSingle, type VerifyContext } from './verify.ts';
import type {
  AccountState,
  BrokerMarket,
  EquityResource,
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
/** Option contract ids start here (equities are numbered from 1). */
const OPTION_IDS_FROM = 1_000_000;

export class Broker {
  readonly accounts = new Map<number, AccountState>();
  private readonly open = new Map<number, { account: AccountState; record: OrderRecord }>();
  /** Working order ids per security, so a quote touches only its own orders. */
  private readonly bySecurity = new Map<number, Set<number>>();
  private ids = { order: 178_940, position: 9_100, transaction: 700_000 };

  /** Orders with legs: how roots and legs move together. */
  private readonly legs: LegBook;

  constructor(private readonly host: BrokerHost) {
    this.legs = new LegBook({
      market: host.market,
      marketOpen: () => host.marketOpen(),
      announce: (account, record) => this.announceOrder(account, record),
      untrack: (id) => this.untrack(id),
      fill: (account, record, quantity, price, now) =>
        this.fill(account, record, quantity, price, now),
      startTrailing: (record) => this.startTrailing(record),
      check: (account, leg, siblingIds) =>
        checkSingle(
          orderInput(leg.order),
          this.context(account, leg.order.Id, siblingIds),
          this.host.market.security(leg.order.SecurityId ?? 0),
        ),
    });
  }

  readonly priceOf: PriceOf = (securityId) => {
    const q = this.host.market.quote(securityId);
    const price = markPrice(q);
    const previousClose = q?.PreviousClose || q?.Close || price;
    if (securityId < OPTION_IDS_FROM) return { price, previousClose };
    const security = this.host.market.security(securityId);
    const terms = termsOf(security);
    if (!terms) return { price, previousClose };
    return {
      price,
      previousClose,
      contractSize: contractSize(security),
      nakedRequirement: nakedRequirement(terms, price, this.underlyingPrice(terms.underlying)),
    };
  };

  /** The Last of an underlying (0 when unknown). */
  private readonly underlyingPrice = (symbol: string): number =>
    markPrice(this.host.market.quote(this.host.market.security(symbol)?.Id ?? -1));

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

  private context(
    account: AccountState,
    replacingOrderId?: number,
    excludeOrderIds?: number[],
  ): VerifyContext {
    return {
      account,
      market: this.host.market,
      priceOf: this.priceOf,
      marketOpen: this.host.marketOpen(),
      now: this.host.now(),
      dayStart: this.host.dayStart(),
      replacingOrderId,
      excludeOrderIds,
      underlyingPrice: this.underlyingPrice,
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
      order: newOrder(this.nextOrderId(), account, input, security, now, this.links(security)),
      details: [],
      triggered: false,
      pendingReject: rejection ? rejection.text : undefined,
    };
    if (input.legs) this.addLegs(account, record, input, now);
    setStatus(record, 'PendingNew', now);
    account.orders.set(record.order.Id ?? 0, record);
    this.track(account, record);
    this.announceOrder(account, record);
    for (const leg of this.legs.of(account, record)) this.announceOrder(account, leg);
    return structuredClone(record.order);
  }

  /** The `Underlying*` link of an option order. */
  private links(security: EquityResource | null, parentId?: number) {
    const underlying = security?.UnderlyingAssetSymbol;
    return {
      parentId,
      underlyingId: underlying ? (this.host.market.security(underlying)?.Id ?? -1) : -1,
    };
  }

  /**
   * Creates the legs of a multi-leg or conditional order as orders of their own (`ParentId` =
   * the root) in `PendingNew`; the root lists them in `Legs`. A multi-leg leg takes the root's
   * type and time in force (its price is the root's net price).
   */
  private addLegs(account: AccountState, root: OrderRecord, input: OrderInput, now: number): void {
    const multiLeg = isMultiLeg(input);
    root.legIds = [];
    for (const leg of input.legs ?? []) {
      const security = leg.symbol ? this.host.market.security(leg.symbol) : null;
      const legInput: OrderInput = multiLeg
        ? {
            ...leg,
            type: input.type,
            timeInForce: input.timeInForce,
            expireDate: input.expireDate,
            price: undefined,
          }
        : leg;
      const record: OrderRecord = {
        order: newOrder(
          this.nextOrderId(),
          account,
          legInput,
          security,
          now,
          this.links(security, root.order.Id),
        ),
        details: [],
        triggered: false,
        parentId: root.order.Id,
      };
      record.order.ParentClientId = root.order.ClientId;
      setStatus(record, 'PendingNew', now);
      account.orders.set(record.order.Id ?? 0, record);
      this.track(account, record);
      root.legIds.push(record.order.Id ?? 0);
    }
    const o = root.order;
    const first = this.legs.of(account, root)[0]?.order;
    o.SecurityType = first?.SecurityType ?? o.SecurityType;
    o.Currency = first?.Currency ?? o.Currency;
    if (multiLeg) o.Quantity = o.LeavesQuantity = spreadsOf(input);
    else o.Quantity = o.LeavesQuantity = first?.Quantity ?? 0;
    this.legs.refresh(account, root);
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
    const parent = this.legs.parentOf(account, record);
    if (parent && isMultiLegRoot(parent)) {
      throw conflict(
        `Order ${record.order.Id} is a leg of multi-leg order ${parent.order.Id}: cancel the whole order.`,
      );
    }
    const now = this.host.now();
    setStatus(record, 'Canceled', now, 'Canceled by user');
    this.untrack(record.order.Id ?? 0);
    this.announceOrder(account, record);
    if (record.legIds) this.legs.end(account, record, 'Canceled', now);
    if (parent) this.legs.settle(account, record, now);
  }

  /** `PUT A/orders/{id}`: cancel/replace; the old order becomes `Replaced`, a new one carries on. */
  replace(account: AccountState, record: OrderRecord, change: ModifyInput): OrderResource {
    const old = record.order;
    if (!isOpen(old.Status)) throw conflict(`Failed to replace: order ${old.Id} is ${old.Status}.`);
    const parent = this.legs.parentOf(account, record);
    if (record.legIds || (parent && isMultiLegRoot(parent))) {
      throw conflict(
        `Failed to replace: order ${old.Id} is part of a ${record.legIds ? old.Type : 'multi-leg'} order; replace a conditional order leg by leg, a multi-leg order by cancelling it and placing a new one.`,
      );
    }
    const waiting = old.Status === 'Suspended';
    const input = orderInput(old, change);
    const security = this.host.market.security(old.SecurityId ?? 0);
    const rejection = checkSingle(
      input,
      this.context(account, old.Id, this.legs.siblingIds(account, record)),
      security,
      { dependent: waiting },
    );
    if (rejection) throw conflict(`Failed to replace: ${rejection.text}`);
    const now = this.host.now();
    setStatus(record, 'Replaced', now, 'Replaced by user');
    this.untrack(old.Id ?? 0);
    this.announceOrder(account, record);
    const next: OrderRecord = {
      order: {
        ...newOrder(
          this.nextOrderId(),
          account,
          input,
          security,
          now,
          this.links(security, record.parentId),
        ),
        OrigClientId: old.ClientId,
      },
      details: [],
      triggered: record.triggered,
      parentId: record.parentId,
    };
    next.order.Quantity = input.quantity;
    setStatus(next, waiting ? 'Suspended' : 'New', now, `Replaces order ${old.Id}`);
    if (isTrailing(next.order) && !waiting) this.startTrailing(next);
    account.orders.set(next.order.Id ?? 0, next);
    if (parent?.legIds) {
      parent.legIds = parent.legIds.map((id) => (id === old.Id ? (next.order.Id ?? 0) : id));
      this.legs.refresh(account, parent);
    }
    this.track(account, next);
    this.announceOrder(account, next);
    return structuredClone(next.order);
  }

  /** One pass over every working order: accept/reject, expire, trigger, fill. */
  process(): void {
    this.expireContracts(this.host.now());
    if (this.open.size === 0) return;
    const now = this.host.now();
    for (const [id, { account, record }] of [...this.open]) {
      if (!this.open.has(id)) continue; // settled by a sibling in this pass
      this.step(account, record, now);
      if (!isOpen(record.order.Status)) this.untrack(id);
      this.legs.settle(account, record, now);
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
      this.legs.settle(entry.account, entry.record, now);
    }
  }

  /** The securities whose quotes move an order: its own, or a multi-leg order's legs'. */
  private securitiesOf(record: OrderRecord): number[] {
    const o = record.order;
    if (o.SecurityId) return [o.SecurityId];
    if (!isMultiLegRoot(record)) return [];
    return (o.Legs ?? []).map((leg) => leg.SecurityId ?? 0).filter((id) => id > 0);
  }

  private track(account: AccountState, record: OrderRecord): void {
    const id = record.order.Id ?? 0;
    if (this.open.has(id)) return;
    this.open.set(id, { account, record });
    for (const securityId of this.securitiesOf(record)) {
      const ids = this.bySecurity.get(securityId) ?? new Set<number>();
      ids.add(id);
      this.bySecurity.set(securityId, ids);
      this.host.market.watch?.(securityId, true);
    }
  }

  private untrack(id: number): void {
    const entry = this.open.get(id);
    if (!entry) return;
    this.open.delete(id);
    for (const securityId of this.securitiesOf(entry.record)) {
      this.bySecurity.get(securityId)?.delete(id);
      this.host.market.watch?.(securityId, false);
    }
  }

  private step(account: AccountState, record: OrderRecord, now: number): void {
    const o = record.order;
    const parent = this.legs.parentOf(account, record);
    // Legs move with their parent: accepted and activated by it; a multi-leg order executes
    // its legs itself.
    if (parent && (o.Status === 'PendingNew' || o.Status === 'Suspended' || isMultiLegRoot(parent)))
      return;
    if (o.Status === 'PendingNew') {
      const reason = record.pendingReject ?? this.recheck(account, record);
      if (reason) setStatus(record, 'Rejected', now, reason);
      else setStatus(record, 'New', now);
      if (isTrailing(o) && !reason) this.startTrailing(record);
      this.announceOrder(account, record);
      if (record.legIds) this.legs.start(account, record, reason, now);
      return;
    }
    if (o.TimeInForce === 'GoodTillDate' && o.ExpireDate && Date.parse(o.ExpireDate) <= now) {
      setStatus(record, 'Expired', now, 'Good-till-date order expired');
      this.announceOrder(account, record);
      if (record.legIds) this.legs.end(account, record, 'Expired', now);
      return;
    }
    if (record.legIds) {
      if (isMultiLegRoot(record)) this.legs.stepMultiLeg(account, record, now);
      return;
    }
    if (!this.host.marketOpen()) return;
    const quote = this.host.market.quote(o.SecurityId ?? 0);
    if (!quote) return;
    const buying = o.Side === 'Buy' || o.Side === 'BuyToCover';
    const last = markPrice(quote);
    const tick = this.tickOf(o.SecurityId ?? 0);
    if (isTrailing(o) && !record.triggered) {
      if (trail(record, last, buying, tick)) this.announceOrder(account, record);
      const stop = o.StopPrice ?? 0;
      record.triggered = buying ? last >= stop : last <= stop;
      if (!record.triggered) return;
      if (o.Type === 'TrailingStopLimit') o.Price = trailingLimit(o, buying, tick);
    }
    if ((o.Type === 'Stop' || o.Type === 'StopLimit') && !record.triggered) {
      const stop = o.StopPrice ?? 0;
      record.triggered = buying ? last >= stop : last <= stop;
      if (!record.triggered) return;
    }
    const price = (buying ? quote.Ask : quote.Bid) || last;
    const limited = o.Type === 'Limit' || o.Type === 'StopLimit' || o.Type === 'TrailingStopLimit';
    const marketable = !limited || (buying ? price <= (o.Price ?? 0) : price >= (o.Price ?? 0));
    const leaves = o.LeavesQuantity ?? 0;
    const minimum = (o.SecurityId ?? 0) >= OPTION_IDS_FROM ? 1 : MIN_LIQUIDITY;
    const liquidity = Math.max(minimum, (buying ? quote.AskSize : quote.BidSize) ?? 0);
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
    if (record.legIds) return undefined; // checked whole at placement; legs again on activation
    const input = orderInput(o);
    const security = this.host.market.security(o.SecurityId ?? 0);
    return checkSingle(input, this.context(account, o.Id), security)?.text;
  }

  /** Tick size of a security (a cent when it does not say). */
  private tickOf(securityId: number): number {
    const tick = this.host.market.security(securityId)?.TickSize;
    return tick && tick > 0 ? tick : 0.01;
  }

  /** A trailing order was accepted: its stop starts from the market now. */
  private startTrailing(record: OrderRecord): void {
    const o = record.order;
    const quote = this.host.market.quote(o.SecurityId ?? 0);
    const buying = o.Side === 'Buy' || o.Side === 'BuyToCover';
    record.trailExtreme = undefined;
    trail(record, markPrice(quote), buying, this.tickOf(o.SecurityId ?? 0));
  }

  private nextExpiryCheck = Number.NEGATIVE_INFINITY;

  /**
   * At the close of a contract's expiration date its open orders expire and its positions
   * close: out of the money at 0 (worthless), in the money cash-settled at the intrinsic value
   * (sandbox simplification: no shares are delivered), one `OptionExpiration` transaction each.
   * Checked on order passes, at most once a simulated minute.
   */
  expireContracts(now: number): void {
    if (now < this.nextExpiryCheck) return;
    this.nextExpiryCheck = now + 60_000;
    for (const account of this.accounts.values()) {
      for (const record of account.orders.values()) {
        const o = record.order;
        if (!isOpen(o.Status) || (o.SecurityId ?? 0) < OPTION_IDS_FROM) continue;
        if (!this.expired(o.SecurityId ?? 0, now)) continue;
        setStatus(record, 'Expired', now, 'The contract expired');
        this.untrack(o.Id ?? 0);
        this.announceOrder(account, record);
        this.legs.settle(account, record, now);
      }
      for (const p of account.positions.values()) {
        if (p.quantity === 0 || p.securityId < OPTION_IDS_FROM) continue;
        if (this.expired(p.securityId, now)) this.expirePosition(account, p, now);
      }
    }
  }

  private expired(securityId: number, now: number): boolean {
    const close = expiryCloseOf(this.host.market.security(securityId));
    return close !== null && now >= close;
  }

  private expirePosition(account: AccountState, p: PositionState, now: number): void {
    const security = this.host.market.security(p.securityId);
    const terms = termsOf(security);
    if (!security || !terms) return;
    const spot = this.underlyingPrice(terms.underlying);
    const intrinsic = round(
      Math.max(0, terms.type === 'Call' ? spot - terms.strike : terms.strike - spot),
    );
    const quantity = p.quantity;
    applyFill(account, security, -quantity, intrinsic, now, this.nextPositionId);
    const value = round(quantity * intrinsic * p.contractSize);
    account.cash = round(account.cash + value);
    recordTransaction(account, this.nextTransactionId(), 'OptionExpiration', now, {
      SecurityId: p.securityId,
      Value: value,
      Quantity: -quantity,
      Price: intrinsic,
      Symbol: p.symbol,
      Description:
        intrinsic > 0
          ? `${p.symbol} expired in the money: settled at ${intrinsic}`
          : `${p.symbol} expired worthless`,
    });
    if (!this.host.listening()) return;
    this.host.emit({
      type: 'position',
      accountId: account.id,
      position: this.positionResource(account, p),
    });
    this.announceBalance(account);
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
    const option = isOption(security);
    const value = round(quantity * price * contractSize(security));
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
      const commission = option
        ? optionCommission(o.Quantity ?? quantity)
        : commissionFor(o.Quantity ?? quantity, price);
      account.cash = round(account.cash - commission);
      recordTransaction(account, this.nextTransactionId(), 'Commission', now, {
        SecurityId: o.SecurityId,
        OrderId: o.Id,
        Value: -commission,
        Symbol: o.Symbol,
        Fee: {
          Id: 1,
          CommissionId: option ? 'PerContract' : 'PerShare',
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
    const security = this.host.market.security(p.securityId);
    return positionResource(
      account,
      p,
      security,
      price,
      previousClose,
      this.links(security).underlyingId,
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
    trailingStopAmount: change.trailingStopAmount ?? o.TrailingStopAmount,
    trailingStopAmountType: change.trailingStopAmountType ?? o.TrailingStopAmountType,
    trailingLimitAmount: change.trailingLimitAmount ?? o.TrailingLimitAmount,
    trailingLimitAmountType: change.trailingLimitAmountType ?? o.TrailingLimitAmountType,
  };
}
