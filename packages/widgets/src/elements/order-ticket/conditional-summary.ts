/**
 * How the ticket sums up a trailing stop's trail and a conditional order's legs:
 * "Buy 10 AAPL · Limit limit 200.00 · then sell: take profit 220.00 / stop 190.00".
 */
import type { CreateOrderResource } from '@autoshares/client';
import { formatNumber, formatPrice } from '../../format/format.ts';
import { msg, str } from '../../locale/msg.ts';
import { statusLabel } from '../../orders/order-status.ts';
import { optionSideLabel, sideLabel } from '../../orders/order-words.ts';
import { displaySymbol, isOsiSymbol } from '../../options/contract.ts';
import { CONDITIONAL_TYPES } from './conditional-draft.ts';

/** The trail of a trailing order ("trail 1.50", "trail 5 %", "limit offset 0.10"). */
export function trailingTerms(order: CreateOrderResource, locale?: string): string[] {
  if (order.Type !== 'TrailingStop' && order.Type !== 'TrailingStopLimit') return [];
  const terms: string[] = [];
  const amount = order.TrailingStopAmount;
  if (amount != null) {
    const trail =
      order.TrailingStopAmountType === 'Persentage'
        ? `${formatNumber(amount, locale)} %`
        : formatPrice(amount, locale);
    terms.push(msg(str`trail ${trail}`));
  }
  if (order.Type === 'TrailingStopLimit' && order.TrailingLimitAmount != null) {
    const offset = formatPrice(order.TrailingLimitAmount, locale);
    terms.push(msg(str`limit offset ${offset}`));
  }
  return terms;
}

export const isConditional = (order: CreateOrderResource) =>
  !!order.Legs?.length && CONDITIONAL_TYPES.has(order.Type ?? '');

/** "take profit 220.00 / stop 190.00" of a limit + stop pair. */
function exits(pair: CreateOrderResource[], locale?: string): string {
  const limit = pair.find((l) => l.Type === 'Limit');
  const stop = pair.find((l) => l.Type === 'Stop');
  const tp = formatPrice(limit?.Price, locale);
  const sl = formatPrice(stop?.StopPrice, locale);
  return msg(str`take profit ${tp} / stop ${sl}`);
}

/** A leg's side as its security says it: "Sell", or "Sell to close" for an option contract. */
const sideOf = (leg: CreateOrderResource | undefined): string =>
  isOsiSymbol(leg?.Symbol ?? '') ? optionSideLabel(leg?.Side) : sideLabel(leg?.Side);

/** Every leg of a conditional order, read in order (`describe` sums up one order). */
export function describeConditional(
  order: CreateOrderResource,
  locale: string | undefined,
  describe: (order: CreateOrderResource, locale?: string) => string,
): string {
  const legs = order.Legs ?? [];
  const [first, ...rest] = legs;
  if (!first) return '';
  const then = sideOf(rest[0]).toLocaleLowerCase(locale);
  switch (order.Type) {
    case 'OneTriggerOneCancelOther': {
      const entry = describe(first, locale);
      const pair = exits(rest, locale);
      return msg(str`${entry} · then ${then}: ${pair}`);
    }
    case 'OneCancelOther': {
      const side = sideOf(first);
      const quantity = formatNumber(first.Quantity, locale);
      const symbol = displaySymbol(first.Symbol ?? '', locale);
      const pair = exits(legs, locale);
      return msg(str`${side} ${quantity} ${symbol}: ${pair}, one cancels the other`);
    }
    default: {
      const entry = describe(first, locale);
      const next = rest[0] ? describe(rest[0], locale) : '';
      return msg(str`${entry} · then ${next}`);
    }
  }
}

/** The order a conditional order starts with (its first leg); a single order is its own. */
export const leadOrder = (order: CreateOrderResource): CreateOrderResource =>
  isConditional(order) ? order.Legs![0]! : order;

/** What is said when a conditional order ends (its root's final status), if anything. */
export function conditionalAnnouncement(
  order: CreateOrderResource,
  status: Parameters<typeof statusLabel>[0],
  describe: (order: CreateOrderResource, locale?: string) => string,
  locale?: string,
): string | undefined {
  if (!['Filled', 'Rejected', 'Canceled', 'Expired'].includes(status ?? '')) return undefined;
  const what = describe(order, locale);
  const label = statusLabel(status).toLocaleLowerCase(locale);
  return msg(str`Conditional order ${label}: ${what}.`);
}
