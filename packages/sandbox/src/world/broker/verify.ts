/**
 * Order verification: the business rules behind `POST A/preview/orders` (and the check a
 * placed order goes through before it is accepted). A rule failure is not an HTTP error: the
 * preview answers 200 with `IsSuccessful:false`, an `ErrorDescription` code and readable text.
 */
import type { QuoteModel } from '../../contract.ts';
import { reservedForOpenOrders, computeBalance, type PriceOf } from './balance.ts';
import { isOpen } from './enums.ts';
import { commissionFor, defaultTickSize, onTick, round } from './money.ts';
import type {
  AccountState,
  BrokerMarket,
  EquityResource,
  OrderInput,
  OrderPreviewResource,
  OrderType,
} from './types.ts';

/** Order types the sandbox executes. */
export const SUPPORTED_TYPES: ReadonlySet<OrderType> = new Set<OrderType>([
  'Market',
  'Limit',
  'Stop',
  'StopLimit',
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
}

const money = (n: number): string => `$${n.toFixed(2)}`;

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
  excludeId?: number,
): number {
  let q = 0;
  for (const { order } of account.orders.values()) {
    if (!isOpen(order.Status) || order.SecurityId !== securityId || order.Id === excludeId)
      continue;
    if (side === 'sell' && order.Side === 'Sell') q += order.LeavesQuantity ?? 0;
    if (side === 'cover' && order.Side === 'BuyToCover') q += order.LeavesQuantity ?? 0;
  }
  return q;
}

/** Checks the business rules; null when the order may be placed. */
export function checkOrder(
  input: OrderInput,
  ctx: VerifyContext,
  security: EquityResource | null,
): Rejection | null {
  const { account } = ctx;
  if (account.model.AccessType === 'ReadOnly' || account.model.Enabled === false) {
    return { code: 'AccountRestricted', text: 'This account cannot place orders.' };
  }
  if (!SUPPORTED_TYPES.has(input.type)) {
    return {
      code: 'InvalidOrderType',
      text: `Order type ${input.type} is not supported; use Market, Limit, Stop or StopLimit.`,
    };
  }
  if (!security || !input.symbol) {
    return { code: 'SymbolNotFound', text: `Symbol "${input.symbol}" was not found.` };
  }
  if (security.AllowTrade === false || security.Enabled === false) {
    return { code: 'AccountRestricted', text: `${security.Symbol} cannot be traded.` };
  }
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
      text: `Quantity must be a positive ${volumePrecision ? 'number' : 'whole number'} of shares.`,
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
  const held = account.positions.get(securityId)?.quantity ?? 0;
  if (input.side === 'Sell') {
    const available =
      Math.max(0, held) - openSellQuantity(account, securityId, 'sell', ctx.replacingOrderId);
    if (input.quantity > available) {
      return {
        code: 'InsufficientShares',
        text: `Not enough shares of ${security.Symbol} to sell: ${available} available, ${input.quantity} requested.`,
      };
    }
  }
  if (input.side === 'BuyToCover') {
    const short =
      Math.max(0, -held) - openSellQuantity(account, securityId, 'cover', ctx.replacingOrderId);
    if (input.quantity > short) {
      return {
        code: 'InsufficientShares',
        text: `Only ${short} shares of ${security.Symbol} are short to cover.`,
      };
    }
  }
  if (input.side === 'SellShort' && (!account.isMargin || security.AllowShort === false)) {
    return {
      code: 'AccountRestricted',
      text: 'Short selling needs a margin account and a shortable security.',
    };
  }
  if (input.side === 'Buy' || input.side === 'SellShort') {
    const cost =
      input.quantity * estimatedPrice(input, quote) +
      commissionFor(input.quantity, estimatedPrice(input, quote));
    const available = buyingPower(ctx);
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
  const giveBack =
    ctx.replacingOrderId === undefined
      ? 0
      : reservedForOpenOrders(ctx.account, ctx.priceOf) -
        reservedForOpenOrders(ctx.account, ctx.priceOf, ctx.replacingOrderId);
  return balance.stockBuyingPower + giveBack;
}

/** The full `OrderPreviewResource` for an order: costs, commission, margin, quote, and the verdict. */
export function previewOrder(input: OrderInput, ctx: VerifyContext): OrderPreviewResource {
  const security = input.symbol ? ctx.market.security(input.symbol) : null;
  const rejection = checkOrder(input, ctx, security);
  const quote = security ? ctx.market.quote(security.Id ?? 0) : null;
  const price = estimatedPrice(input, quote);
  const quantity = input.quantity > 0 ? input.quantity : 0;
  const cost = round(quantity * price);
  const commission = security && quantity > 0 ? commissionFor(quantity, price) : 0;
  const buying = input.side === 'Buy' || input.side === 'BuyToCover';
  const netCost = round(buying ? cost + commission : cost - commission);
  const marginRate = ctx.account.isMargin ? 0.5 : 1;
  return {
    IsSuccessful: rejection === null,
    ErrorDescription: rejection?.code ?? '',
    ErrorDescriptionText: rejection?.text ?? '',
    ErrorDescriptionArgs: [],
    Commission: commission,
    Commissions: { 'Per Trade Commission': commission },
    CommissionRates: { 'Per Share': 0.005 },
    MaximumCommission: round(cost * 0.01),
    MinimumCommission: 1,
    Cost: cost,
    NetCost: netCost,
    TotalCost: netCost,
    Quotes: quote ? [quote] : [],
    MarginChange: input.side === 'Buy' || input.side === 'SellShort' ? round(cost * marginRate) : 0,
    InitialMarginRate: marginRate,
    MaintenanceMarginRate: ctx.account.isMargin ? 0.25 : 1,
    MarginRate: marginRate,
    CurrencyRate: 1,
    BasketCurrencyRates: '',
  };
}
