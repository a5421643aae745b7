/** An account's value over time. */
import type { DateInput } from '../../http/dates.ts';
import type { AccountValueItem } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { STALE_TIMES, type ResourceContext } from './context.ts';

/** The account's value over a time range. */
export const accountHistoryQuery = (
  { api }: ResourceContext,
  accountId: number,
  from: DateInput,
  to: DateInput,
): QueryDef<AccountValueItem[]> => ({
  key: ['account', accountId, 'history', +from, +to],
  fetch: (signal, hooks) => api.users.history(accountId, { from, to, signal, ...hooks }),
  staleTimeMs: STALE_TIMES.history,
});
