/**
 * An account's executed orders over a period: what trading views (most traded symbols) count.
 * Kept out of `orders.ts`, so that a page with only the order list does not carry it.
 */
import { between } from '../../filter/filter.ts';
import type { OrderResource } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { queryKeys } from '../query-keys.ts';
import { STALE_TIMES, type ResourceContext } from './context.ts';

const DAY_MS = 86_400_000;

/**
 * The account's executed orders (Filled, PartiallyFilled) created in the last `sinceDays`
 * days (all of them when undefined), every page up to `maxPages` of 100. While subscribed,
 * an Order stream message that is a fill refetches it; other order news (placed, cancelled)
 * does not, since it cannot change it.
 */
export function executedOrdersQuery(
  { api, live }: ResourceContext,
  accountId: number,
  sinceDays?: number,
  maxPages = 50,
): QueryDef<OrderResource[]> {
  const key = [...queryKeys.account(accountId), 'executed', sinceDays ?? 'all', maxPages];
  return {
    key,
    fetch: (signal) => {
      const now = Date.now();
      return api.orders.all(accountId, {
        statuses: ['Filled', 'PartiallyFilled'],
        filter:
          sinceDays === undefined
            ? undefined
            : between('CreateDate', new Date(now - sinceDays * DAY_MS), new Date(now + DAY_MS)),
        maxPages,
        signal,
      });
    },
    staleTimeMs: STALE_TIMES.orders,
    live: live ? () => live.fills(accountId, key) : undefined,
  };
}
