/**
 * The business rules of a single order (also a leg of a conditional order) and its preview;
 * `order-check.ts` dispatches between these and the rules of orders with legs (`combos.ts`).
 */
import type { QuoteModel } from '../../contract.ts';
import { reservedForOpenOrders, computeBalance, type PriceOf } from './balance.ts';
import { isOpen } from './enums.ts';
import {
  contractSize,
  expiryCloseOf,
  isOption,
  nakedRequirement,
  optionCommission,
  termsOf,
} from './contracts.ts';
import { commissionFor, defaultTickSize, onTick, round } from './money.ts';
import type {
  AccountState,
  BrokerMarket,
  EquityResource,
  OrderInput,
  OrderPreviewResource,
  OrderType,
} from './types.ts';

/** Order types the sandbox executes as single orders (and as legs of conditional orders). */
export const SUPPORTED_TYPES: ReadonlySet<OrderType> = new Set<OrderType>([
  'Market',
  'Limit',
  'Stop',
  'StopLimit',
  'TrailingStop',
  'TrailingStopLimit',
]);

/** A failed rule. */
export interface Rejection {
  code: string;
  text: string;
}

/** What verification needs besides the order. */
export interface VerifyContext {
  account: AccountState;
  market: BrokerMarket;
  priceOf: PriceOf;
  marketOpen: boolean;
  now: number;
  dayStart: number;
  /** When verifying a replacement, the order being replaced (its reservations don't count). */
  replacingOrderId?: number;
  /** Orders whose promised shares don't count (the sibling of a conditional leg). */
  excludeOrderIds?: readonly number[];
  /** The last price of an underlying (for option margin). */
  underlyingPrice?: (symbol: string) => number;
}

/** How a single order is checked. */
export interface CheckMode {
  /**
   * A conditional leg that only works once an earlier leg filled: its holdings and buying
   * power are checked when it activates, not at placement.
   */
  dependent?: boolean;
}

export const money = (n: number): string => `$${n.toFixed(2)}`;

/** The price the order would probably execute at. */
export function estimatedPrice(input: OrderInput, quote: QuoteModel | null): number {
  if ((input.type === 'Limit' || input.type === 'StopLimit') && input.price) return input.price;
  if (input.type === 'Stop' && input.stopPrice) return input.stopPrice;
  const buying = input.side === 'Buy' || input.side === 'BuyToCover';
  return (buying ? quote?.Ask : quote?.Bid) || quote?.Last || 0;
}

/** Shares of the security that open sell-side orders already promise. */
function openSellQuantity(
  account: AccountState,
  securityId: number,
  side: 'sell' | 'cover',
  exclude: readonly (number | undefined)[] = [],
): number {
  let q = 0;
  for (const { order } of account.orders.values()) {
    if (!isOpen(order.Status) || order.SecurityId !== securityId || exclude.includes(order.Id))
      continue;
    if (side === 'sell' && order.Side === 'Sell') q += order.LeavesQuantity ?? 0;
    if (side === 'cover' && order.Side === 'BuyToCover') q += order.LeavesQuantity ?? 0;
  }
  return q;
}

/** The rules of one order (a single order, or a leg of a conditional order). */
export function checkSingle(
  input: OrderInput,
  ctx: VerifyContext,
  security: EquityResource | null,
  mode: CheckMode = {},
): Rejection | null {
  const { account } = ctx;
  if (!SUPPORTED_TYPES.has(input.type)) {
    return {
      code: 'InvalidOrderType',
      text: `Order type ${input.type} is not supported here; use Market, Limit, Stop, StopLimit, TrailingStop or TrailingStopLimit.`,
    };
  }
  if (!security || !input.symbol) {
    return { code: 'SymbolNotFound', text: `Symbol "${input.symbol}" was not found.` };
  }
  if (security.AllowTrade === false || security.Enabled === false) {
    return { code: 'AccountRestricted', text: `${security.Symbol} cannot be traded.` };
  }
  const close = expiryCloseOf(security);
  if (close !== null && ctx.now >= close) {
    return { code: 'AccountRestricted', text: `${security.Symbol} has expired.` };
  }
  const option = isOption(security);
  const unit = option ? 'contracts' : 'shares';
  const size = contractSize(security);
  if (!ctx.marketOpen && input.type === 'Market') {
    return {
      code: 'MarketClosed',
      text: 'The market is closed; market orders are not accepted. Use a limit order.',
    };
  }
  const volumePrecision = security.VolumePrecision ?? 0;
  if (!(input.quantity > 0) || !onTick(input.quantity, 10 ** -volumePrecision)) {
    return {
      code: 'InvalidQuantity',
      text: `Quantity must be a positive ${volumePrecision ? 'number' : 'whole number'} of ${unit}.`,
    };
  }
  const needsLimit = input.type === 'Limit' || input.type === 'StopLimit';
  const needsStop = input.type === 'Stop' || input.type === 'StopLimit';
  if (needsLimit && !(input.price && input.price > 0)) {
    return { code: 'LimitPriceUndefined', text: 'A limit price is required for a limit order.' };
  }
  if (needsStop && !(input.stopPrice && input.stopPrice > 0)) {
    return { code: 'StopPriceUndefined', text: 'A stop price is required for a stop order.' };
  }
  const trailing = checkTrailing(input);
  if (trailing) return trailing;
  const quote = ctx.market.quote(security.Id ?? 0);
  const reference = quote?.Last || input.price || input.stopPrice || 1;
  const tick =
    security.TickSize && security.TickSize > 0 ? security.TickSize : defaultTickSize(reference);
  for (const [label, value] of [
    ['limit', needsLimit ? input.price : undefined],
    ['stop', needsStop ? input.stopPrice : undefined],
  ] as const) {
    if (value !== undefined && !onTick(value, tick)) {
      return {
        code: 'QuotePriceIsInvalid',
        text: `The ${label} price ${value} is not a multiple of the tick size ${tick}.`,
      };
    }
  }
  if (input.timeInForce === 'GoodTillDate' && !(input.expireDate && input.expireDate > ctx.now)) {
    return {
      code: 'ExpireDateIsInvalid',
      text: 'A Good-Till-Date order needs an ExpireDate in the future.',
    };
  }
  const securityId = security.Id ?? 0;
  if (input.side === 'SellShort' && (!account.isMargin || security.AllowShort === false)) {
    return {
      code: 'AccountRestricted',
      text: option
        ? 'Selling options to open needs a margin account.'
        : 'Short selling needs a margin account and a shortable security.',
    };
  }
  if (mode.dependent) return null;
  const held = account.positions.get(securityId)?.quantity ?? 0;
  const exclude = [ctx.replacingOrderId, ...(ctx.excludeOrderIds ?? [])];
  if (input.side === 'Sell') {
    const available = Math.max(0, held) - openSellQuantity(account, securityId, 'sell', exclude);
    if (input.quantity > available) {
      return {
        code: 'InsufficientShares',
        text: `Not enough ${unit} of ${security.Symbol} to sell: ${available} available, ${input.quantity} requested.`,
      };
    }
  }
  if (input.side === 'BuyToCover') {
    const short = Math.max(0, -held) - openSellQuantity(account, securityId, 'cover', exclude);
    if (input.quantity > short) {
      return {
        code: 'InsufficientShares',
        text: `Only ${short} ${unit} of ${security.Symbol} are short to cover.`,
      };
    }
  }
  if (input.side === 'Buy' || input.side === 'SellShort') {
    const price = estimatedPrice(input, quote);
    const terms = termsOf(security);
    const cost =
      option && input.side === 'SellShort' && terms
        ? input.quantity *
          nakedRequirement(terms, price, ctx.underlyingPrice?.(terms.underlying) ?? 0)
        : input.quantity * price * size +
          (option ? optionCommission(input.quantity) : commissionFor(input.quantity, price));
    const available = option ? optionBuyingPower(ctx) : buyingPower(ctx);
    if (cost > available) {
      return {
        code: 'DayTradingBuyingPowerExceeded',
        text: `Buying power exceeded: the order needs ${money(cost)} and ${money(available)} is available.`,
      };
    }
  }
  return null;
}

/** Stock buying power left for a new order (an order being replaced gives its reservation back). */
function buyingPower(ctx: VerifyContext): number {
  const balance = computeBalance(ctx.account, ctx.priceOf, ctx.dayStart);
  return balance.stockBuyingPower + giveBack(ctx);
}

/** Option buying power left (options are paid in full: no loan value). */
export function optionBuyingPower(ctx: VerifyContext): number {
  const balance = computeBalance(ctx.account, ctx.priceOf, ctx.dayStart);
  return balance.optionBuyingPower + giveBack(ctx);
}

function giveBack(ctx: VerifyContext): number {
  return ctx.replacingOrderId === undefined
    ? 0
    : reservedForOpenOrders(ctx.account, ctx.priceOf) -
        reservedForOpenOrders(ctx.account, ctx.priceOf, ctx.replacingOrderId);
}

/**
 * Trailing orders: `TrailingStopAmount` (> 0; a `Persentage` below 100) sets how far the stop
 * trails the market; a `TrailingStopLimit` also needs `TrailingLimitAmount` (≥ 0), how far the
 * limit sits beyond the stop once it triggers. Without a type an amount is `Absolute`.
 */
function checkTrailing(input: OrderInput): Rejection | null {
  if (input.type !== 'TrailingStop' && input.type !== 'TrailingStopLimit') return null;
  const stop = input.trailingStopAmount;
  if (!(stop !== undefined && stop > 0)) {
    return {
      code: 'TrailingAmountUndefined',
      text: 'A trailing stop needs a TrailingStopAmount above 0.',
    };
  }
  if (input.trailingStopAmountType === 'Persentage' && stop >= 100) {
    return {
      code: 'TrailingAmountUndefined',
      text: 'A TrailingStopAmount in percent (Persentage) must be below 100.',
    };
  }
  if (input.type === 'TrailingStopLimit') {
    const limit = input.trailingLimitAmount;
    if (limit === undefined || !(limit >= 0)) {
      return {
        code: 'TrailingAmountUndefined',
        text: 'A trailing stop-limit order needs a TrailingLimitAmount (0 or more).',
      };
    }
    if (input.trailingLimitAmountType === 'Persentage' && limit >= 100) {
      return {
        code: 'TrailingAmountUndefined',
        text: 'A TrailingLimitAmount in percent (Persentage) must be below 100.',
      };
    }
  }
  return null;
}

/** The verdict part of a preview. */
export interface Verdict {
  IsSuccessful: boolean;
  ErrorDescription: string;
  ErrorDescriptionText: string;
  ErrorDescriptionArgs: string[];
}

/** The verdict of a rule check, as a preview shows it. */
export const verdictOf = (rejection: Rejection | null): Verdict => ({
  IsSuccessful: rejection === null,
  ErrorDescription: rejection?.code ?? '',
  ErrorDescriptionText: rejection?.text ?? '',
  ErrorDescriptionArgs: [],
});

/** The `OrderPreviewResource` of a single order: costs, commission, margin, quote, and the verdict. */
export function previewSingle(
  input: OrderInput,
  ctx: VerifyContext,
  verdict: Verdict,
): OrderPreviewResource {
  const security = input.symbol ? ctx.market.security(input.symbol) : null;
  const marginRate = ctx.account.isMargin ? 0.5 : 1;
  const quote = security ? ctx.market.quote(security.Id ?? 0) : null;
  const price = estimatedPrice(input, quote);
  const quantity = input.quantity > 0 ? input.quantity : 0;
  const option = isOption(security);
  const cost = round(quantity * price * contractSize(security));
  const commission =
    security && quantity > 0
      ? option
        ? optionCommission(quantity)
        : commissionFor(quantity, price)
      : 0;
  const buying = input.side === 'Buy' || input.side === 'BuyToCover';
  const netCost = round(buying ? cost + commission : cost - commission);
  const opening = input.side === 'Buy' || input.side === 'SellShort';
  const terms = termsOf(security);
  const marginChange = !opening
    ? 0
    : option && input.side === 'SellShort' && terms
      ? round(
          quantity * nakedRequirement(terms, price, ctx.underlyingPrice?.(terms.underlying) ?? 0),
        )
      : option
        ? cost
        : round(cost * marginRate);
  return {
    ...verdict,
    Commission: commission,
    Commissions: { [option ? 'Per Contract Commission' : 'Per Trade Commission']: commission },
    CommissionRates: option ? { 'Per Contract': 0.65 } : { 'Per Share': 0.005 },
    MaximumCommission: option ? commission : round(cost * 0.01),
    MinimumCommission: 1,
    Cost: cost,
    NetCost: netCost,
    TotalCost: netCost,
    Quotes: quote ? [quote] : [],
    MarginChange: marginChange,
    InitialMarginRate: option ? 1 : marginRate,
    MaintenanceMarginRate: option ? 1 : ctx.account.isMargin ? 0.25 : 1,
    MarginRate: option ? 1 : marginRate,
    CurrencyRate: 1,
    BasketCurrencyRates: '',
  };
}
