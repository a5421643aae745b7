/**
 * How the order ticket sums an order up, and which statuses are final. What is announced for a
 * status is in `orders/order-announcement.ts` (the orders list says the same).
 */
import type { CreateOrderResource } from '@autoshares/client';
import { formatNumber, formatPrice } from '../../format/format.ts';
import { hasLimitPrice, hasStopPrice } from '../../orders/order-status.ts';
import {
  OPTION_SIDE_LABELS,
  SIDE_LABELS,
  TYPE_LABELS,
  type TicketSide,
  type TicketType,
} from './order-validation.ts';
import { describeContract, isOsiSymbol, parseOsiSymbol } from '../../options/contract.ts';
import { msg, str } from '../../locale/msg.ts';
import { describeConditional, isConditional, trailingTerms } from './conditional-summary.ts';
import { describeSpreadOrder, isMultiLegOrder } from '../../options/strategies-describe.ts';

/** "Buy 10 AAPL · Limit 228.50", "Buy to open 2 AAPL 17 Jan 25 230 Call · Limit 2.35" */
export function describeTicketOrder(order: CreateOrderResource, locale?: string): string {
  if (isConditional(order)) return describeConditional(order, locale, describeTicketOrder);
  if (isMultiLegOrder(order)) return describeSpreadOrder(order, locale);
  const option = isOsiSymbol(order.Symbol ?? '');
  const sides = option ? OPTION_SIDE_LABELS : SIDE_LABELS;
  const side = sides[order.Side as TicketSide] ?? order.Side ?? '';
  const type = TYPE_LABELS[order.Type as TicketType] ?? order.Type ?? '';
  const terms: string[] = [type];
  // Only the prices the order type uses: a live order echoes zeros for the others.
  if (hasStopPrice(order) && order.StopPrice != null) {
    const stop = formatPrice(order.StopPrice, locale);
    terms.push(msg(str`stop ${stop}`));
  }
  if (hasLimitPrice(order) && order.Price != null) {
    const limit = formatPrice(order.Price, locale);
    terms.push(msg(str`limit ${limit}`));
  }
  terms.push(...trailingTerms(order, locale));
  const quantity = formatNumber(order.Quantity, locale);
  const symbol = option
    ? describeContract(parseOsiSymbol(order.Symbol!), locale)
    : (order.Symbol ?? '');
  const how = terms.join(' ');
  return msg(str`${side} ${quantity} ${symbol} · ${how}`);
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
