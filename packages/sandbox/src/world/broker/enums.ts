/** Order enum numbers (api-reference §4.4); the numbers are what order filters use. */
import type { OrderStatus } from './types.ts';

export const ORDER_STATUS_CODES: Record<OrderStatus, number> = {
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
  Held: 16,
};

/** Statuses in which an order can still fill, be canceled or replaced. */
export const OPEN_STATUSES: ReadonlySet<OrderStatus> = new Set([
  'PendingNew',
  'New',
  'PartiallyFilled',
]);

/** Is the order still working? */
export const isOpen = (status: OrderStatus | undefined): boolean =>
  status !== undefined && OPEN_STATUSES.has(status);
