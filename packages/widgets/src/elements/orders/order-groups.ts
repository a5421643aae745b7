/**
 * Orders with their legs under them: a multi-leg (or conditional) order's legs are orders of
 * their own (`ParentId` = the root), listed by the API beside the root; the blotter shows the
 * root once with its legs grouped beneath it.
 */
import type { OrderResource } from '@autoshares/client';
import { isOsiSymbol } from '../../options/contract.ts';
import { spreadTerms, spreadTitle } from '../../options/strategies-describe.ts';
import { orderTypeLabel } from '../../orders/order-words.ts';

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
 * listed keeps a row of its own.
 */
export function groupOrders(orders: readonly OrderResource[]): OrderGroup[] {
  const ids = new Set(orders.map((o) => o.Id));
  const legsOf = new Map<number, OrderResource[]>();
  for (const order of orders) {
    const parent = parentIdOf(order);
    if (parent === undefined || !ids.has(parent)) continue;
    legsOf.set(parent, [...(legsOf.get(parent) ?? []), order]);
  }
  const groups: OrderGroup[] = [];
  for (const order of orders) {
    const parent = parentIdOf(order);
    if (parent !== undefined && ids.has(parent)) continue;
    const listed = order.Id != null ? (legsOf.get(order.Id) ?? []) : [];
    const known = new Set(listed.map((l) => l.Id));
    const copies = (order.Legs ?? []).filter((l) => l.Id == null || !known.has(l.Id));
    const legs = [...listed, ...copies].sort((a, b) => (a.Id ?? 0) - (b.Id ?? 0));
    groups.push({ order, legs });
  }
  return groups;
}

/** Whether a group's legs are option contracts (a multi-leg spread). */
export const isSpreadGroup = (group: OrderGroup): boolean =>
  group.legs.some((l) => isOsiSymbol(l.Symbol ?? ''));

/** A root's name in its row: "AAPL spread × 2", else its own symbol, else its type. */
export function groupTitle(group: OrderGroup, locale: string | undefined): string {
  if (isSpreadGroup(group)) return spreadTitle(group.legs, group.order.Quantity, locale);
  return group.order.Symbol || orderTypeLabel(group.order.Type);
}

/** "AAPL spread × 2, Limit net debit 1.25" (confirmations and announcements). */
export function describeSpread(group: OrderGroup, locale: string | undefined): string {
  return `${groupTitle(group, locale)}, ${spreadTerms(group.order, locale)}`;
}
