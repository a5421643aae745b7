/**
 * Pure client-side checks of an equity order draft, run before anything is sent. Each problem
 * is a specific sentence attached to the field it is about. The server's preview stays the
 * final word (buying power, shares held, market hours); these checks catch what can be known
 * in the browser.
 */
import type { CreateOrderResource, EquityResource } from '@autoshares/client';
import { formatNumber, formatPrice } from '../../format/format.ts';
import { isOnTick, parseNumberInput, tickDecimals } from '../../format/number-input.ts';
import { endOfTradingDay, parseDateInput } from '../../format/trading-date.ts';

export const ORDER_SIDES = ['Buy', 'Sell', 'SellShort', 'BuyToCover'] as const;
export const ORDER_TYPES = ['Market', 'Limit', 'Stop', 'StopLimit'] as const;
export const TIMES_IN_FORCE = ['Day', 'GoodTillCancel', 'GoodTillDate'] as const;
export type TicketSide = (typeof ORDER_SIDES)[number];
export type TicketType = (typeof ORDER_TYPES)[number];
export type TicketTimeInForce = (typeof TIMES_IN_FORCE)[number];

export const SIDE_LABELS: Record<TicketSide, string> = {
  Buy: 'Buy',
  Sell: 'Sell',
  SellShort: 'Sell short',
  BuyToCover: 'Buy to cover',
};
export const TYPE_LABELS: Record<TicketType, string> = {
  Market: 'Market',
  Limit: 'Limit',
  Stop: 'Stop',
  StopLimit: 'Stop limit',
};
export const TIF_LABELS: Record<TicketTimeInForce, string> = {
  Day: 'Day',
  GoodTillCancel: 'Good till cancelled',
  GoodTillDate: 'Good till date',
};

/**
 * The largest quantity the ticket accepts in one order (a "fat finger" cap). The server's own
 * limits (buying power, `preview/limits`) still apply below it.
 */
export const MAX_ORDER_QUANTITY = 1_000_000;

/** What the user entered, as typed. */
export interface OrderDraft {
  symbol: string;
  side: TicketSide;
  type: TicketType;
  quantity: string;
  limitPrice: string;
  stopPrice: string;
  timeInForce: TicketTimeInForce;
  /** `YYYY-MM-DD` for GoodTillDate. */
  expireDate: string;
  extendedHours: boolean;
}

/** What the checks know about the world. */
export interface OrderContext {
  /** The security; `null` = the symbol is unknown; `undefined` = not loaded yet. */
  security: EquityResource | null | undefined;
  /** The live quote, when there is one. */
  quote?: { Bid?: number | null; Ask?: number | null; Last?: number | null } | undefined;
  /** Short selling allowed on this account (a margin account). */
  canShort: boolean;
  /** Today's date in New York, `YYYY-MM-DD`. */
  today: string;
  locale?: string;
}

export type OrderField = 'symbol' | 'side' | 'quantity' | 'limitPrice' | 'stopPrice' | 'expireDate';
export type OrderErrors = Partial<Record<OrderField, string>>;

export interface OrderCheck {
  errors: OrderErrors;
  /** The order to preview/place, when there are no errors. */
  order?: CreateOrderResource;
}

export const needsLimit = (type: TicketType) => type === 'Limit' || type === 'StopLimit';
export const needsStop = (type: TicketType) => type === 'Stop' || type === 'StopLimit';
/** A side that buys shares (Buy, Buy to cover); the others sell. */
export const isBuy = (side: string) => side === 'Buy' || side === 'BuyToCover';

function checkQuantity(draft: OrderDraft, ctx: OrderContext): string | number {
  const parsed = parseNumberInput(draft.quantity);
  if (parsed.kind === 'empty') return 'Enter a quantity.';
  if (parsed.kind === 'invalid') return 'Enter the quantity as a number, e.g. 10.';
  const q = parsed.value;
  if (!(q > 0)) return 'Enter a quantity greater than zero.';
  if (q > MAX_ORDER_QUANTITY)
    return `The quantity cannot exceed ${formatNumber(MAX_ORDER_QUANTITY, ctx.locale)} shares in one order.`;
  const security = ctx.security;
  if (!Number.isInteger(q) && security) {
    const fractional = security.FractionalSettings;
    const symbol = security.Symbol ?? draft.symbol;
    if (fractional?.AllowTrade !== 'Allowed')
      return `${symbol} can only be traded in whole shares.`;
    const precision = fractional.Precision ?? security.VolumePrecision ?? 0;
    if (parsed.decimals > precision)
      return `${symbol} allows at most ${precision} decimal places in the quantity.`;
    if (fractional.MaxQty && q > fractional.MaxQty)
      return `A fractional quantity of ${symbol} cannot exceed ${formatNumber(fractional.MaxQty, ctx.locale)} shares.`;
  }
  return q;
}

function checkPrice(text: string, what: 'limit' | 'stop', ctx: OrderContext): string | number {
  const parsed = parseNumberInput(text);
  if (parsed.kind === 'empty') return `Enter a ${what} price.`;
  if (parsed.kind === 'invalid') return `Enter the ${what} price as a number, e.g. 12.50.`;
  if (!(parsed.value > 0)) return `The ${what} price must be greater than zero.`;
  const tick = ctx.security?.TickSize;
  if (!isOnTick(parsed.value, tick))
    return `The ${what} price must be a multiple of ${formatPrice(tick, ctx.locale, tickDecimals(tick))}.`;
  return parsed.value;
}

/** Checks a draft; returns the errors by field, or the order to send when there are none. */
export function checkOrder(draft: OrderDraft, ctx: OrderContext): OrderCheck {
  const errors: OrderErrors = {};
  const symbol = draft.symbol.trim().toUpperCase();
  if (!symbol) errors.symbol = 'Choose a symbol.';
  else if (ctx.security === null) errors.symbol = `No security found for “${symbol}”.`;
  else if (ctx.security && (ctx.security.AllowTrade === false || ctx.security.Enabled === false))
    errors.symbol = `${symbol} cannot be traded.`;

  if (draft.side === 'SellShort') {
    if (!ctx.canShort) errors.side = 'Short selling needs a margin account.';
    else if (ctx.security?.AllowShort === false) errors.side = `${symbol} cannot be sold short.`;
  }

  const quantity = checkQuantity(draft, ctx);
  if (typeof quantity === 'string') errors.quantity = quantity;

  let limit: number | undefined;
  if (needsLimit(draft.type)) {
    const result = checkPrice(draft.limitPrice, 'limit', ctx);
    if (typeof result === 'string') errors.limitPrice = result;
    else limit = result;
  }
  let stop: number | undefined;
  if (needsStop(draft.type)) {
    const result = checkPrice(draft.stopPrice, 'stop', ctx);
    if (typeof result === 'string') errors.stopPrice = result;
    else {
      stop = result;
      const { Ask, Bid } = ctx.quote ?? {};
      if (isBuy(draft.side) && Ask != null && Ask > 0 && stop <= Ask)
        errors.stopPrice = `A buy stop must be above the current ask (${formatPrice(Ask, ctx.locale)}).`;
      else if (!isBuy(draft.side) && Bid != null && Bid > 0 && stop >= Bid)
        errors.stopPrice = `A sell stop must be below the current bid (${formatPrice(Bid, ctx.locale)}).`;
    }
  }

  let expireDate: number | undefined;
  if (draft.timeInForce === 'GoodTillDate') {
    if (!draft.expireDate) errors.expireDate = 'Choose the date the order is good till.';
    else if (!parseDateInput(draft.expireDate)) errors.expireDate = 'Enter a valid date.';
    else if (draft.expireDate <= ctx.today)
      errors.expireDate = 'Choose a date after today (for today only, use Day).';
    else expireDate = endOfTradingDay(draft.expireDate);
  }

  if (Object.keys(errors).length > 0 || typeof quantity !== 'number') return { errors };
  const order: CreateOrderResource = {
    Symbol: symbol,
    Side: draft.side,
    Type: draft.type,
    Quantity: quantity,
    TimeInforce: draft.timeInForce,
  };
  if (limit !== undefined) order.Price = limit;
  if (stop !== undefined) order.StopPrice = stop;
  if (expireDate !== undefined) order.ExpireDate = expireDate;
  if (draft.extendedHours && draft.type === 'Limit') order.ExtendedHours = 'ALL';
  return { errors, order };
}

/** The order fields in the order a user reads them (first invalid one gets focus). */
export const FIELD_ORDER: readonly OrderField[] = [
  'symbol',
  'side',
  'quantity',
  'limitPrice',
  'stopPrice',
  'expireDate',
];
