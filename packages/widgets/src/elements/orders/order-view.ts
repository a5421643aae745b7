/**
 * Pure helpers of the orders blotter: filters, descriptions, replace validation. Status words
 * and tones, and which prices an order type uses, are in `orders/order-status.ts`.
 */
import { OPEN_ORDER_STATUSES, type OrderResource } from '@autoshares/client';
import { formatNumber, formatPrice } from '../../format/format.ts';
import { hasLimitPrice, hasStopPrice } from '../../orders/order-status.ts';

export type OrderFilter = 'open' | 'filled' | 'cancelled' | 'all';
export const ORDER_FILTERS: readonly OrderFilter[] = ['open', 'filled', 'cancelled', 'all'];
export const FILTER_LABELS: Record<OrderFilter, string> = {
  open: 'Open',
  filled: 'Filled',
  cancelled: 'Cancelled',
  all: 'All',
};

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
      return `Limit ${price}`;
    case 'Stop':
      return `Stop ${stop}`;
    case 'StopLimit':
      return `Stop ${stop} Limit ${price}`;
    default:
      return order.Type ?? '';
  }
}

/** "Buy 10 MSFT, Limit 380.00" (for confirmations and announcements). */
export function describeOrder(order: OrderResource, locale: string | undefined): string {
  return `${order.Side ?? ''} ${formatNumber(order.Quantity, locale)} ${order.Symbol ?? ''}, ${priceTerms(order, locale)}`.trim();
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

function priceError(text: string | undefined, label: string): string | undefined {
  const value = (text ?? '').trim();
  if (!value) return `Enter a ${label}.`;
  if (!DECIMAL.test(value) || Number(value) <= 0) return `The ${label} must be a positive number.`;
  const decimals = value.split('.')[1]?.length ?? 0;
  if (decimals > (Number(value) < 1 ? 4 : 2))
    return `The ${label} has too many decimals (${Number(value) < 1 ? 4 : 2} at most).`;
  return undefined;
}

/** Validates a replacement against the working order (pure). */
export function checkReplace(order: OrderResource, input: ReplaceInput): ReplaceCheck {
  const errors: ReplaceCheck['errors'] = {};
  const changes: ReplaceCheck['changes'] = {};
  const q = input.quantity.trim();
  const executed = order.ExecutedQuantity ?? 0;
  if (!/^\d+$/.test(q) || Number(q) <= 0)
    errors.quantity = 'The quantity must be a whole number above 0.';
  else if (Number(q) <= executed)
    errors.quantity = `The quantity must be more than the ${executed} already filled.`;
  else changes.Quantity = Number(q);
  if (hasLimitPrice(order)) {
    const e = priceError(input.price, 'limit price');
    if (e) errors.price = e;
    else changes.Price = Number(input.price);
  }
  if (hasStopPrice(order)) {
    const e = priceError(input.stopPrice, 'stop price');
    if (e) errors.stopPrice = e;
    else changes.StopPrice = Number(input.stopPrice);
  }
  if (
    Object.keys(errors).length === 0 &&
    changes.Quantity === order.Quantity &&
    (changes.Price === undefined || changes.Price === order.Price) &&
    (changes.StopPrice === undefined || changes.StopPrice === order.StopPrice)
  ) {
    errors.form = 'Change the quantity or the price to replace the order.';
  }
  return { errors, changes };
}
