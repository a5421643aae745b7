/** An account's settled deposits over a period (what a value chart marks as money put in). */
import type { DateInput } from '../../http/dates.ts';
import { and, between, eq } from '../../filter/filter.ts';
import type { TransactionMapModel } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { STALE_TIMES, accountLive, type ResourceContext } from './context.ts';

/**
 * The account's settled deposits (`Payment` entries with `Code` `DEP`) in a date range,
 * oldest first (every page up to 5 of 100).
 */
export const depositsQuery = (
  ctx: ResourceContext,
  accountId: number,
  from: DateInput,
  to: DateInput,
): QueryDef<TransactionMapModel[]> => ({
  key: ['account', accountId, 'transactions', 'deposits', +from, +to],
  fetch: (signal, hooks) =>
    ctx.api.activity.all(accountId, {
      filter: and(
        eq('Type', 'Payment'),
        eq('Code', 'DEP'),
        between('Date', new Date(from), new Date(to)),
      ),
      isAsc: true,
      pageSize: 100,
      maxPages: 5,
      signal,
      ...hooks,
    }),
  staleTimeMs: STALE_TIMES.transactions,
  live: accountLive(ctx, accountId),
});
