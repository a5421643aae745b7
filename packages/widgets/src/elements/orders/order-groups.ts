/**
 * Orders with their legs under them: a multi-leg (or conditional) order's legs are orders of
 * their own (`ParentId` = the root), listed by the API beside the root; the blotter shows the
 * root once with its legs grouped beneath it.
 */
import type { OrderResource } from '@autoshares/client';
import { displaySymbol, isOsiSymbol } from '../../options/contract.ts';
import { spreadTerms, spreadTitle } from '../../options/strategies-describe.ts';
import { orderTypeLabel } from '../../orders/order-words.ts';
import { describeOrder } from './order-view.ts';

/** An order and its legs (none for an ordinary order). */
export interface OrderGroup {
  order: OrderResource;
  legs: OrderResource[];
}

/** The id of the order `order` is a leg of, if it is one (the API writes -1 for none). */
export const parentIdOf = (order: Pick<OrderResource, 'ParentId'>): number | undefined =>
  order.ParentId != null && order.ParentId > 0 ? order.ParentId : undefined;

/**
 * Groups `orders` (in their order): each leg whose root is listed goes under it, the listed
 * leg orders (the live ones) before the copies in the root's `Legs`; a leg whose root is not
 * listed keeps a row of its own. A replaced leg (of a conditional order, replaced leg by leg)
 * is left out: its replacement stands in its place.
 */
export function groupOrders(orders: readonly OrderResource[]): OrderGroup[] {
  const ids = new Set(orders.map((o) => o.Id));
  const legsOf = new Map<number, OrderResource[]>();
  for (const order of orders) {
    const parent = parentIdOf(order);
    if (parent === undefined || !ids.has(parent) || order.Status === 'Replaced') continue;
    legsOf.set(parent, [...(legsOf.get(parent) ?? []), order]);
  }
  const groups: OrderGroup[] = [];
  for (const order of orders) {
    const parent = parentIdOf(order);
    if (parent !== undefined && ids.has(parent)) continue;
    const replaced = new Set(
      orders.filter((o) => parentIdOf(o) === order.Id && o.Status === 'Replaced').map((o) => o.Id),
    );
    const listed = order.Id != null ? (legsOf.get(order.Id) ?? []) : [];
    const known = new Set(listed.map((l) => l.Id));
    const copies = (order.Legs ?? []).filter(
      (l) => l.Id == null || (!known.has(l.Id) && !replaced.has(l.Id)),
    );
    const legs = [...listed, ...copies].sort((a, b) => (a.Id ?? 0) - (b.Id ?? 0));
    groups.push({ order, legs });
  }
  return groups;
}

const CONDITIONAL_TYPES: ReadonlySet<string> = new Set([
  'OneTriggerOneCancelOther',
  'OneCancelOther',
  'OneTriggerOther',
]);

/** Whether an order is the root of a conditional order (bracket, OCO, OTO). */
export const isConditionalRoot = (order: Pick<OrderResource, 'Type'>): boolean =>
  CONDITIONAL_TYPES.has(order.Type ?? '');

/** Whether a group is a conditional order: its legs are full orders of their own. */
export const isConditionalGroup = (group: OrderGroup): boolean =>
  group.legs.length > 0 && isConditionalRoot(group.order);

/** Whether a group's legs are option contracts of one multi-leg order (a spread). */
export const isSpreadGroup = (group: OrderGroup): boolean =>
  !isConditionalGroup(group) && group.legs.some((l) => isOsiSymbol(l.Symbol ?? ''));

/** The leg a conditional order starts with (its entry, or the first of an OCO pair). */
export const firstLeg = (group: OrderGroup): OrderResource | undefined => group.legs[0];

/**
 * A root's name in its row: "AAPL spread × 2"; a conditional order by its legs' security
 * ("WMT", "AAPL 17 Jan 25 230 Call"); else its own symbol (a contract in words), else its type.
 */
export function groupTitle(group: OrderGroup, locale: string | undefined): string {
  if (isSpreadGroup(group)) return spreadTitle(group.legs, group.order.Quantity, locale);
  const symbol = group.order.Symbol || (isConditionalGroup(group) ? firstLeg(group)?.Symbol : '');
  return symbol ? displaySymbol(symbol, locale) : orderTypeLabel(group.order.Type);
}

/**
 * An order with legs in words (confirmations and announcements): "AAPL spread × 2, Limit net
 * debit 1.25"; "Bracket: Buy 10 WMT, Limit 81.00; Sell 10 WMT, Limit 85.00; Sell 10 WMT, Stop
 * 75.00".
 */
export function describeGroup(group: OrderGroup, locale: string | undefined): string {
  if (isConditionalGroup(group)) {
    const legs = group.legs.map((leg) => describeOrder(leg, locale)).join('; ');
    return `${orderTypeLabel(group.order.Type)}: ${legs}`;
  }
  return `${groupTitle(group, locale)}, ${spreadTerms(group.order, locale)}`;
}
