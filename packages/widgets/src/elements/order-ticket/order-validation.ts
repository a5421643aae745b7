/**
 * Pure client-side checks of an equity order draft, run before anything is sent. Each problem
 * is a specific sentence attached to the field it is about. The server's preview stays the
 * final word (buying power, shares held, market hours); these checks catch what can be known
 * in the browser.
 */
import type { CreateOrderResource } from '@autoshares/client';
import { formatNumber, formatPrice } from '../../format/format.ts';
import { isOnTick, parseNumberInput, tickDecimals } from '../../format/number-input.ts';
import { endOfTradingDay, parseDateInput } from '../../format/trading-date.ts';
import { msg, str } from '../../locale/msg.ts';
import {
  optionSideLabel,
  orderTypeLabel,
  sideLabel,
  timeInForceLabel,
} from '../../orders/order-words.ts';
import { isOptionContract, type TradedSecurity } from './ticket-quote.ts';
import type { ConditionalDraft } from './conditional-draft.ts';

export const ORDER_SIDES = ['Buy', 'Sell', 'SellShort', 'BuyToCover'] as const;
export const ORDER_TYPES = [
  'Market',
  'Limit',
  'Stop',
  'StopLimit',
  'TrailingStop',
  'TrailingStopLimit',
] as const;
export const TIMES_IN_FORCE = ['Day', 'GoodTillCancel', 'GoodTillDate'] as const;
export type TicketSide = (typeof ORDER_SIDES)[number];
export type TicketType = (typeof ORDER_TYPES)[number];
export type TicketTimeInForce = (typeof TIMES_IN_FORCE)[number];

/** The ticket's words for its options, read in the locale in scope (`orders/order-words.ts`). */
const labels = <T extends string>(options: readonly T[], label: (option: T) => string) =>
  Object.defineProperties(
    {},
    Object.fromEntries(options.map((o) => [o, { get: () => label(o), enumerable: true }])),
  ) as Record<T, string>;

export const SIDE_LABELS: Record<TicketSide, string> = labels(ORDER_SIDES, sideLabel);
/** The sides as an option order reads them (Buy to open, Sell to close, …). */
export const OPTION_SIDE_LABELS: Record<TicketSide, string> = labels(ORDER_SIDES, optionSideLabel);
export const TYPE_LABELS: Record<TicketType, string> = labels(ORDER_TYPES, orderTypeLabel);
export const TIF_LABELS: Record<TicketTimeInForce, string> = labels(
  TIMES_IN_FORCE,
  timeInForceLabel,
);

/**
 * The largest quantity the ticket accepts in one order (a "fat finger" cap). The server's own
 * limits (buying power, `preview/limits`) still apply below it.
 */
export const MAX_ORDER_QUANTITY = 1_000_000;

/** What the user entered, as typed (with what is attached and how it trails). */
export interface OrderDraft extends ConditionalDraft {
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
  /** The security (an equity or an option contract); `null` = unknown; `undefined` = not loaded yet. */
  security: TradedSecurity | null | undefined;
  /** The live quote, when there is one. */
  quote?: { Bid?: number | null; Ask?: number | null; Last?: number | null } | undefined;
  /** Short selling allowed on this account (a margin account). */
  canShort: boolean;
  /** Today's date in New York, `YYYY-MM-DD`. */
  today: string;
  locale?: string;
}

export type OrderField =
  | 'symbol'
  | 'side'
  | 'quantity'
  | 'type'
  | 'limitPrice'
  | 'stopPrice'
  | ConditionalField
  | 'expireDate';
/** The fields of trailing and conditional orders (checked in `conditional-validation.ts`). */
export type ConditionalField =
  'trailAmount' | 'trailLimitOffset' | 'takeProfit' | 'stopLoss' | 'thenPrice';
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
  if (parsed.kind === 'empty') return msg('Enter a quantity.');
  if (parsed.kind === 'invalid') return msg('Enter the quantity as a number, e.g. 10.');
  const q = parsed.value;
  if (!(q > 0)) return msg('Enter a quantity greater than zero.');
  const security = ctx.security;
  const option = isOptionContract(security);
  if (q > MAX_ORDER_QUANTITY) {
    const max = formatNumber(MAX_ORDER_QUANTITY, ctx.locale);
    return option
      ? msg(str`The quantity cannot exceed ${max} contracts in one order.`)
      : msg(str`The quantity cannot exceed ${max} shares in one order.`);
  }
  if (option && !Number.isInteger(q)) return msg('Options trade in whole contracts.');
  if (!Number.isInteger(q) && security) {
    const fractional = security.FractionalSettings;
    const symbol = security.Symbol ?? draft.symbol;
    if (fractional?.AllowTrade !== 'Allowed')
      return msg(str`${symbol} can only be traded in whole shares.`);
    const precision = fractional.Precision ?? security.VolumePrecision ?? 0;
    if (parsed.decimals > precision)
      return msg(str`${symbol} allows at most ${precision} decimal places in the quantity.`);
    if (fractional.MaxQty && q > fractional.MaxQty) {
      const max = formatNumber(fractional.MaxQty, ctx.locale);
      return msg(str`A fractional quantity of ${symbol} cannot exceed ${max} shares.`);
    }
  }
  return q;
}

/** The messages of a price field, in the locale in scope. */
export interface PriceWords {
  empty(): string;
  invalid(): string;
  notPositive(): string;
  offTick(tick: string): string;
}

/** The messages of the limit and the stop price, in the locale in scope. */
const PRICE_WORDS: Record<'limit' | 'stop', PriceWords> = {
  limit: {
    empty: () => msg('Enter a limit price.'),
    invalid: () => msg('Enter the limit price as a number, e.g. 12.50.'),
    notPositive: () => msg('The limit price must be greater than zero.'),
    offTick: (tick: string) => msg(str`The limit price must be a multiple of ${tick}.`),
  },
  stop: {
    empty: () => msg('Enter a stop price.'),
    invalid: () => msg('Enter the stop price as a number, e.g. 12.50.'),
    notPositive: () => msg('The stop price must be greater than zero.'),
    offTick: (tick: string) => msg(str`The stop price must be a multiple of ${tick}.`),
  },
};

/** A price as typed: a specific message, or the number (positive, on the security's tick). */
export function checkPrice(text: string, words: PriceWords, ctx: OrderContext): string | number {
  const parsed = parseNumberInput(text);
  if (parsed.kind === 'empty') return words.empty();
  if (parsed.kind === 'invalid') return words.invalid();
  if (!(parsed.value > 0)) return words.notPositive();
  const tick = ctx.security?.TickSize;
  if (!isOnTick(parsed.value, tick))
    return words.offTick(formatPrice(tick, ctx.locale, tickDecimals(tick)));
  return parsed.value;
}

/**
 * Checks a draft; returns the errors by field (in the locale in scope), or the order to send
 * when there are none.
 */
export function checkOrder(draft: OrderDraft, ctx: OrderContext): OrderCheck {
  const errors: OrderErrors = {};
  const symbol = draft.symbol.trim().toUpperCase();
  if (!symbol) errors.symbol = msg('Choose a symbol.');
  else if (ctx.security === null) errors.symbol = msg(str`No security found for “${symbol}”.`);
  else if (ctx.security && (ctx.security.AllowTrade === false || ctx.security.Enabled === false))
    errors.symbol = msg(str`${symbol} cannot be traded.`);

  if (draft.side === 'SellShort') {
    if (!ctx.canShort)
      errors.side = isOptionContract(ctx.security)
        ? msg('Selling options to open needs a margin account.')
        : msg('Short selling needs a margin account.');
    else if (ctx.security?.AllowShort === false)
      errors.side = msg(str`${symbol} cannot be sold short.`);
  }

  const quantity = checkQuantity(draft, ctx);
  if (typeof quantity === 'string') errors.quantity = quantity;

  let limit: number | undefined;
  if (needsLimit(draft.type)) {
    const result = checkPrice(draft.limitPrice, PRICE_WORDS.limit, ctx);
    if (typeof result === 'string') errors.limitPrice = result;
    else limit = result;
  }
  let stop: number | undefined;
  if (needsStop(draft.type)) {
    const result = checkPrice(draft.stopPrice, PRICE_WORDS.stop, ctx);
    if (typeof result === 'string') errors.stopPrice = result;
    else {
      stop = result;
      const { Ask, Bid } = ctx.quote ?? {};
      if (isBuy(draft.side) && Ask != null && Ask > 0 && stop <= Ask) {
        const ask = formatPrice(Ask, ctx.locale);
        errors.stopPrice = msg(str`A buy stop must be above the current ask (${ask}).`);
      } else if (!isBuy(draft.side) && Bid != null && Bid > 0 && stop >= Bid) {
        const bid = formatPrice(Bid, ctx.locale);
        errors.stopPrice = msg(str`A sell stop must be below the current bid (${bid}).`);
      }
    }
  }

  let expireDate: number | undefined;
  if (draft.timeInForce === 'GoodTillDate') {
    if (!draft.expireDate) errors.expireDate = msg('Choose the date the order is good till.');
    else if (!parseDateInput(draft.expireDate)) errors.expireDate = msg('Enter a valid date.');
    else if (draft.expireDate <= ctx.today)
      errors.expireDate = msg('Choose a date after today (for today only, use Day).');
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
  'type',
  'limitPrice',
  'stopPrice',
  'trailAmount',
  'trailLimitOffset',
  'expireDate',
  'takeProfit',
  'stopLoss',
  'thenPrice',
];
