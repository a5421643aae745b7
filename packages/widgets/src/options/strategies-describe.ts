/**
 * Multi-leg orders in words, in the session's language: the net price as a debit or a credit,
 * each leg as an option side and contract, the whole spread for reviews and announcements.
 */
import type { CreateOrderResource } from '@autoshares/client';
import { formatNumber, formatPrice } from '../format/format.ts';
import { msg, str } from '../locale/msg.ts';
import { optionSideLabel, orderTypeLabel } from '../orders/order-words.ts';
import { displaySymbol, isOsiSymbol, parseOsiSymbol } from './contract.ts';
import { netKind } from './strategies.ts';

/** A leg as an order carries it (a create body's leg, or a placed leg order). */
export type LegOrder = Pick<CreateOrderResource, 'Symbol' | 'Side' | 'Quantity'>;

/** Whether an order is a multi-leg root (legs listed, no symbol of its own). */
export const isMultiLegOrder = (order: {
  Symbol?: string | null;
  Type?: string | null;
  Legs?: unknown[] | null;
}) =>
  !order.Symbol &&
  (order.Legs?.length ?? 0) > 0 &&
  // a multi-leg root is Market or Limit; a conditional root (OCO, OTO, bracket) is not
  (order.Type == null || order.Type === 'Market' || order.Type === 'Limit');

/** "net debit 1.25", "net credit 0.80", "even" (a signed net price per spread). */
export function netPriceText(net: number, locale: string | undefined): string {
  const amount = formatPrice(Math.abs(net), locale);
  switch (netKind(net)) {
    case 'debit':
      return msg(str`net debit ${amount}`);
    case 'credit':
      return msg(str`net credit ${amount}`);
    default:
      return msg('even');
  }
}

/** "Buy to open 2 AAPL 20 Mar 26 230 Call". */
export function describeLeg(leg: LegOrder, locale: string | undefined): string {
  const side = optionSideLabel(leg.Side);
  const quantity = formatNumber(leg.Quantity, locale);
  const contract = displaySymbol(leg.Symbol ?? '', locale);
  return `${side} ${quantity} ${contract}`;
}

/** The underlying of a spread's legs ("AAPL"), or "" when no leg is an option. */
export function spreadUnderlying(legs: readonly LegOrder[]): string {
  const option = legs.find((l) => isOsiSymbol(l.Symbol ?? ''));
  return option ? parseOsiSymbol(option.Symbol!).underlying : '';
}

/** "AAPL spread". */
export function spreadName(legs: readonly LegOrder[]): string {
  const underlying = spreadUnderlying(legs);
  return msg(str`${underlying} spread`);
}

/** "AAPL spread × 2" (the spread's name in a list). */
export function spreadTitle(
  legs: readonly LegOrder[],
  spreads: number | undefined,
  locale?: string,
) {
  const underlying = spreadUnderlying(legs);
  const count = formatNumber(spreads, locale);
  return msg(str`${underlying} spread × ${count}`);
}

/** The order's terms: "Market", "Limit net debit 1.25". */
export function spreadTerms(order: Pick<CreateOrderResource, 'Type' | 'Price'>, locale?: string) {
  const type = orderTypeLabel(order.Type);
  return order.Type === 'Limit' && order.Price != null
    ? `${type} ${netPriceText(order.Price, locale)}`
    : type;
}

/**
 * "AAPL spread × 2: Buy to open 2 AAPL 20 Mar 26 230 Call; Sell to open 2 AAPL 20 Mar 26 240
 * Call · Limit net debit 1.25".
 */
export function describeSpreadOrder(order: CreateOrderResource, locale?: string): string {
  const legs = order.Legs ?? [];
  const title = spreadTitle(legs, order.Quantity, locale);
  const what = legs.map((l) => describeLeg(l, locale)).join('; ');
  const terms = spreadTerms(order, locale);
  return `${title}: ${what} · ${terms}`;
}
