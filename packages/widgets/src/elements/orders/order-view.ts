/**
 * Pure helpers of the orders blotter: filters, descriptions, replace validation. Status words
 * and tones, and which prices an order type uses, are in `orders/order-status.ts`.
 */
import { OPEN_ORDER_STATUSES, type OrderResource } from '@autoshares/client';
import { formatNumber, formatPrice } from '../../format/format.ts';
import { hasLimitPrice, hasStopPrice } from '../../orders/order-status.ts';
import { optionSideLabel, orderTypeLabel, sideLabel } from '../../orders/order-words.ts';
import { displaySymbol, isOsiSymbol } from '../../options/contract.ts';
import { msg, str } from '../../locale/msg.ts';

export type OrderFilter = 'open' | 'filled' | 'cancelled' | 'all';
export const ORDER_FILTERS: readonly OrderFilter[] = ['open', 'filled', 'cancelled', 'all'];
/** The filter's label, in the locale in scope. */
export function filterLabel(filter: OrderFilter): string {
  return {
    open: msg('Open', { id: 'orders.filter.open', desc: 'Orders filter: working orders' }),
    filled: msg('Filled'),
    cancelled: msg('Cancelled'),
    all: msg('All'),
  }[filter];
}

/** "No open orders." (the empty list under a filter). */
export function noOrdersText(filter: OrderFilter): string {
  return {
    open: msg('No open orders.'),
    filled: msg('No filled orders.'),
    cancelled: msg('No cancelled orders.'),
    all: msg('No orders yet.'),
  }[filter];
}

/** "Open orders" (the table's caption). */
export function ordersCaption(filter: OrderFilter): string {
  return {
    open: msg('Open orders'),
    filled: msg('Filled orders'),
    cancelled: msg('Cancelled orders'),
    all: msg('All orders'),
  }[filter];
}

const OPEN: ReadonlySet<string> = new Set(OPEN_ORDER_STATUSES);
const CANCELLED: ReadonlySet<string> = new Set(['Canceled', 'Expired', 'DoneForDay']);

/** True when the order can still be cancelled or replaced. */
export function isOpenOrder(order: OrderResource): boolean {
  return OPEN.has(order.Status ?? '');
}

/** Does the order belong under a filter? */
export function matchesFilter(order: OrderResource, filter: OrderFilter): boolean {
  const status = order.Status ?? '';
  switch (filter) {
    case 'open':
      return OPEN.has(status);
    case 'filled':
      return status === 'Filled';
    case 'cancelled':
      return CANCELLED.has(status);
    default:
      return true;
  }
}

/** Price terms of an order: "Market", "Limit 380.00", "Stop 12.00", "Stop 12.00 Limit 11.90". */
export function priceTerms(order: OrderResource, locale: string | undefined): string {
  const price = formatPrice(order.Price, locale);
  const stop = formatPrice(order.StopPrice, locale);
  switch (order.Type) {
    case 'Limit':
      return msg(str`Limit ${price}`);
    case 'Stop':
      return msg(str`Stop ${stop}`);
    case 'StopLimit':
      return msg(str`Stop ${stop} Limit ${price}`);
    default:
      return orderTypeLabel(order.Type);
  }
}

/**
 * The prices of a working order for the Price column: the limit price (Limit, Stop limit) or
 * the stop price (Stop), and a stop limit's stop as `stop`; `main` is empty for a market order.
 */
export function orderPrices(
  order: OrderResource,
  locale: string | undefined,
): { main: string; stop?: string } {
  const limit = hasLimitPrice(order) ? formatPrice(order.Price, locale) : '';
  const stop = hasStopPrice(order) ? formatPrice(order.StopPrice, locale) : '';
  if (limit && stop) return { main: limit, stop };
  return { main: limit || stop };
}

/** The side of an order as its security says it: "Buy", or "Buy to open" for an option contract. */
export function orderSideLabel(order: Pick<OrderResource, 'Side' | 'Symbol'>): string {
  return isOsiSymbol(order.Symbol ?? '') ? optionSideLabel(order.Side) : sideLabel(order.Side);
}

/**
 * "Buy 10 MSFT, Limit 380.00", "Buy to open 2 AAPL 17 Jan 25 230 Call, Limit 1.25" (for
 * confirmations and announcements).
 */
export function describeOrder(order: OrderResource, locale: string | undefined): string {
  const side = orderSideLabel(order);
  const quantity = formatNumber(order.Quantity, locale);
  const symbol = displaySymbol(order.Symbol ?? '', locale);
  const terms = priceTerms(order, locale);
  return msg(str`${side} ${quantity} ${symbol}, ${terms}`).trim();
}

export interface ReplaceInput {
  quantity: string;
  price?: string;
  stopPrice?: string;
}

export interface ReplaceCheck {
  /** Field → message; empty when valid. */
  errors: Partial<Record<'quantity' | 'price' | 'stopPrice' | 'form', string>>;
  changes: { Quantity?: number; Price?: number; StopPrice?: number };
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** The messages of one price field ("limit price", "stop price"), in the locale in scope. */
interface PriceWords {
  missing(): string;
  notPositive(): string;
  tooPrecise(places: number): string;
}

const LIMIT_PRICE: PriceWords = {
  missing: () => msg('Enter a limit price.'),
  notPositive: () => msg('The limit price must be a positive number.'),
  tooPrecise: (places) => msg(str`The limit price has too many decimals (${places} at most).`),
};

const STOP_PRICE: PriceWords = {
  missing: () => msg('Enter a stop price.'),
  notPositive: () => msg('The stop price must be a positive number.'),
  tooPrecise: (places) => msg(str`The stop price has too many decimals (${places} at most).`),
};

function priceError(text: string | undefined, words: PriceWords): string | undefined {
  const value = (text ?? '').trim();
  if (!value) return words.missing();
  if (!DECIMAL.test(value) || Number(value) <= 0) return words.notPositive();
  const decimals = value.split('.')[1]?.length ?? 0;
  const places = Number(value) < 1 ? 4 : 2;
  if (decimals > places) return words.tooPrecise(places);
  return undefined;
}

/** Validates a replacement against the working order (pure; messages in the locale in scope). */
export function checkReplace(order: OrderResource, input: ReplaceInput): ReplaceCheck {
  const errors: ReplaceCheck['errors'] = {};
  const changes: ReplaceCheck['changes'] = {};
  const q = input.quantity.trim();
  const executed = order.ExecutedQuantity ?? 0;
  if (!/^\d+$/.test(q) || Number(q) <= 0)
    errors.quantity = msg('The quantity must be a whole number above 0.');
  else if (Number(q) <= executed)
    errors.quantity = msg(str`The quantity must be more than the ${executed} already filled.`);
  else changes.Quantity = Number(q);
  if (hasLimitPrice(order)) {
    const e = priceError(input.price, LIMIT_PRICE);
    if (e) errors.price = e;
    else changes.Price = Number(input.price);
  }
  if (hasStopPrice(order)) {
    const e = priceError(input.stopPrice, STOP_PRICE);
    if (e) errors.stopPrice = e;
    else changes.StopPrice = Number(input.stopPrice);
  }
  if (
    Object.keys(errors).length === 0 &&
    changes.Quantity === order.Quantity &&
    (changes.Price === undefined || changes.Price === order.Price) &&
    (changes.StopPrice === undefined || changes.StopPrice === order.StopPrice)
  ) {
    errors.form = msg('Change the quantity or the price to replace the order.');
  }
  return { errors, changes };
}
