/** An account's transactions and activity: pages and filtered selections. */
import type { DateInput } from '../../http/dates.ts';
import { and, eq, gte, inList, lte } from '../../filter/filter.ts';
import type { Page, TransactionMapModel } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { STALE_TIMES, accountLive, type ResourceContext } from './context.ts';

/** A selection of the account's activity: a page, some types, a date range. */
export interface ActivityQuery {
  /** Default 0. */
  pageNumber?: number;
  /** Default 50. */
  pageSize?: number;
  /** `Type` values to keep (none: every type). */
  types?: readonly string[];
  /** Entries on or after this time. */
  from?: DateInput;
  /** Entries on or before this time. */
  to?: DateInput;
}

/** The filter of an activity selection (types and date range), or undefined for everything. */
export function activityFilter(query: Omit<ActivityQuery, 'pageNumber' | 'pageSize'>) {
  const { types = [], from, to } = query;
  return and(
    types.length === 1 ? eq('Type', types[0]!) : types.length > 1 && inList('Type', types),
    from !== undefined && gte('Date', new Date(from)),
    to !== undefined && lte('Date', new Date(to)),
  );
}

/** The account's newest transactions (one page of `pageSize`). */
export const transactionsQuery = (
  ctx: ResourceContext,
  accountId: number,
  pageSize = 100,
): QueryDef<Page<TransactionMapModel>> => ({
  key: ['account', accountId, 'transactions', pageSize],
  fetch: (signal, hooks) => ctx.api.transactions.list(accountId, { pageSize, signal, ...hooks }),
  staleTimeMs: STALE_TIMES.transactions,
  live: accountLive(ctx, accountId),
});

/**
 * One page of the account's activity, newest first, filtered by type and date. Keyed under
 * the account's transactions, so an order fill refetches it while it is live.
 */
export function activityQuery(
  ctx: ResourceContext,
  accountId: number,
  query: ActivityQuery = {},
): QueryDef<Page<TransactionMapModel>> {
  const { pageNumber = 0, pageSize = 50, types = [], from, to } = query;
  const filter = activityFilter({ types, from, to });
  return {
    key: [
      'account',
      accountId,
      'transactions',
      'activity',
      pageNumber,
      pageSize,
      filter?.toString() ?? '',
    ],
    fetch: (signal, hooks) =>
      ctx.api.activity.list(accountId, { pageNumber, pageSize, filter, signal, ...hooks }),
    staleTimeMs: STALE_TIMES.transactions,
    live: accountLive(ctx, accountId),
  };
}

/** The activity `Type` values the account can be filtered by. */
export const activityTypesQuery = (
  { api }: ResourceContext,
  accountId: number,
): QueryDef<string[]> => ({
  key: ['account', accountId, 'activity-types'],
  fetch: (signal, hooks) => api.activity.allowedTypes(accountId, { signal, ...hooks }),
  staleTimeMs: STALE_TIMES.user,
});
