/** An account's orders: the newest page, all or some statuses. */
import type { OrderResource, OrderStatus, Page } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { queryKeys } from '../query-keys.ts';
import { STALE_TIMES, accountLive, type ResourceContext } from './context.ts';

export interface OrdersQuery {
  statuses?: readonly OrderStatus[];
  /** Default 100. */
  pageSize?: number;
}

/** The newest page of orders, optionally only some statuses (e.g. the open ones). */
export const ordersQuery = (
  ctx: ResourceContext,
  accountId: number,
  query: OrdersQuery = {},
): QueryDef<Page<OrderResource>> => ({
  key: [...queryKeys.orders(accountId), (query.statuses ?? []).join(','), query.pageSize ?? 100],
  fetch: (signal, hooks) =>
    ctx.api.orders.list(accountId, {
      statuses: query.statuses,
      pageSize: query.pageSize,
      signal,
      ...hooks,
    }),
  staleTimeMs: STALE_TIMES.orders,
  live: accountLive(ctx, accountId),
});
