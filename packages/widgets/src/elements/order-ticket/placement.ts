/**
 * Pure helpers of the order ticket's placement flow: which failures leave the outcome
 * unknown, and how the order is summed up. What is announced for a status is in
 * `orders/order-announcement.ts` (the orders list says the same).
 */
import type { CreateOrderResource } from '@autoshares/client';
import { formatNumber, formatPrice } from '../../format/format.ts';
import { hasLimitPrice, hasStopPrice } from '../../orders/order-status.ts';
import { SIDE_LABELS, TYPE_LABELS, type TicketSide, type TicketType } from './order-validation.ts';

/** Error codes after which the server may or may not have the order: look it up before anything else. */
const UNCERTAIN_CODES: ReadonlySet<string> = new Set([
  'timeout',
  'network',
  'server_error',
  'malformed_response',
  'rate_limited',
]);

/** The `code` of an `AutoSharesError` (duck-typed, so it works across bundles). */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * True when a failed placement may still have reached the server (no answer, a 5xx, a
 * response that could not be read). A 4xx or a business rejection means it was not placed.
 */
export function outcomeUnknown(error: unknown): boolean {
  const code = errorCode(error);
  return code === undefined || UNCERTAIN_CODES.has(code);
}

/** "Buy 10 AAPL · Limit 228.50 · Day" */
export function describeTicketOrder(order: CreateOrderResource, locale?: string): string {
  const side = SIDE_LABELS[order.Side as TicketSide] ?? order.Side ?? '';
  const type = TYPE_LABELS[order.Type as TicketType] ?? order.Type ?? '';
  const terms: string[] = [type];
  // Only the prices the order type uses: a live order echoes zeros for the others.
  if (hasStopPrice(order) && order.StopPrice != null)
    terms.push(`stop ${formatPrice(order.StopPrice, locale)}`);
  if (hasLimitPrice(order) && order.Price != null)
    terms.push(`limit ${formatPrice(order.Price, locale)}`);
  return `${side} ${formatNumber(order.Quantity, locale)} ${order.Symbol ?? ''} · ${terms.join(' ')}`;
}

/** Statuses after which nothing more happens to an order. */
const FINAL: ReadonlySet<string> = new Set([
  'Filled',
  'Rejected',
  'Canceled',
  'Expired',
  'Error',
  'DoneForDay',
  'Replaced',
  'Stopped',
]);

export const isFinalStatus = (status: string | undefined) => FINAL.has(status ?? '');
