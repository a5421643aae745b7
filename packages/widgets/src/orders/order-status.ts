/**
 * Order status and order shape helpers shared by the order elements (`<as-orders>`,
 * `<as-order-ticket>`): status words and badge tones, and which prices an order type uses.
 */
import type { OrderResource, OrderStatus } from '@autoshares/client';
import { orderStatusWord } from './order-words.ts';

/** Badge tone of a status (`data-tone`); the status is always written out too. */
export function statusTone(status: OrderStatus | undefined): string | undefined {
  if (status === 'Rejected' || status === 'Error') return 'danger';
  if (status === 'PendingNew' || status === 'PendingCancel' || status === 'PendingReplace')
    return 'warning';
  return undefined;
}

/** Human status: "Partially filled", "Pending cancel", … */
export function statusLabel(status: OrderStatus | undefined): string {
  if (!status) return '—';
  const word = orderStatusWord(status);
  if (word) return word;
  return status
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/ (\w)/g, (_, c: string) => ` ${c.toLowerCase()}`);
}

/** True when the order type carries a limit price (Limit, StopLimit). */
export const hasLimitPrice = (order: Pick<OrderResource, 'Type'>) =>
  order.Type === 'Limit' || order.Type === 'StopLimit';

/** True when the order type carries a stop price (Stop, StopLimit). */
export const hasStopPrice = (order: Pick<OrderResource, 'Type'>) =>
  order.Type === 'Stop' || order.Type === 'StopLimit';
