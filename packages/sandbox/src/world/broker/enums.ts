/**
 * Order statuses as the simulated broker works them. The names, their filter numbers and the
 * statuses a client treats as open are wire contract (`@autoshares/client/contract`).
 */
import type { OPEN_ORDER_STATUSES } from '@autoshares/client/contract';
import type { OrderStatus } from './types.ts';

/**
 * Statuses in which an order can still fill, be canceled or replaced: the open statuses the
 * sandbox produces (every one of them is in the contract's `OPEN_ORDER_STATUSES`, so a client
 * shows as open every order the sandbox would let it cancel).
 */
export const OPEN_STATUSES: ReadonlySet<OrderStatus> = new Set([
  'PendingNew',
  'New',
  'PartiallyFilled',
  // a conditional leg waiting for its trigger
  'Suspended',
] satisfies (typeof OPEN_ORDER_STATUSES)[number][]);

/** Is the order still working? */
export const isOpen = (status: OrderStatus | undefined): boolean =>
  status !== undefined && OPEN_STATUSES.has(status);
