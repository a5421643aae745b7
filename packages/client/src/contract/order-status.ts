/**
 * **Hand-written** (the spec has the status names, not their numbers): the numeric order status
 * codes that order filters use (`Status in (0,1,4)`, api-reference §4.4 and §4.6).
 *
 * `Held`: the spec lists it (`OrderResource.Status`), but the documentation gives it no number
 * (api-reference §4.4: "`Held` (spec only, no number)"), so it has no filter code here. A client
 * cannot ask for held orders by status; the sandbox gives a held order no code, so no
 * `Status in (…)` filter matches one (it never produces one).
 */
import type { OrderStatus } from './generated-enums.ts';

/** Statuses the spec has but the documentation gives no filter number (see the module doc). */
export const ORDER_STATUSES_WITHOUT_CODE = ['Held'] as const satisfies readonly OrderStatus[];

/** An order status that has a filter code. */
export type CodedOrderStatus = Exclude<OrderStatus, (typeof ORDER_STATUSES_WITHOUT_CODE)[number]>;

/** Status → the number order filters use (api-reference §4.4). */
export const ORDER_STATUS_CODES = {
  New: 0,
  PartiallyFilled: 1,
  Filled: 2,
  DoneForDay: 3,
  Canceled: 4,
  Replaced: 5,
  PendingCancel: 6,
  Stopped: 7,
  Rejected: 8,
  Suspended: 9,
  PendingNew: 10,
  Calculated: 11,
  Expired: 12,
  AcceptedForBidding: 13,
  PendingReplace: 14,
  Error: 15,
} as const satisfies Record<CodedOrderStatus, number>;

/** The filter code of a status; undefined for a status without one (`Held`) or an unknown value. */
export function orderStatusCode(status: string | undefined): number | undefined {
  return status !== undefined && Object.hasOwn(ORDER_STATUS_CODES, status)
    ? ORDER_STATUS_CODES[status as CodedOrderStatus]
    : undefined;
}

/**
 * Statuses an order can still change from (what an "open orders" blotter shows). The sandbox
 * produces only `PendingNew`, `New` and `PartiallyFilled` of these.
 */
export const OPEN_ORDER_STATUSES = [
  'New',
  'PartiallyFilled',
  'PendingNew',
  'PendingCancel',
  'PendingReplace',
  'AcceptedForBidding',
  'Suspended',
] as const satisfies readonly OrderStatus[];
