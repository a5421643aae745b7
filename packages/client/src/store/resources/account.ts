/** An account's balance and value history. */
import type { DateInput } from '../../http/dates.ts';
import type { AccountBalance, AccountValueItem } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { queryKeys } from '../query-keys.ts';
import { STALE_TIMES, accountLive, type ResourceContext } from './context.ts';

/** The account's balance (cash, buying power); live: patched from the balance stream. */
export const balanceQuery = (
  ctx: ResourceContext,
  accountId: number,
): QueryDef<AccountBalance> => ({
  key: queryKeys.balance(accountId),
  fetch: (signal, hooks) => ctx.api.users.balance(accountId, { signal, ...hooks }),
  staleTimeMs: STALE_TIMES.balance,
  live: accountLive(ctx, accountId),
});

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
