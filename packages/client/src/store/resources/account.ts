/** An account's balance. */
import type { AccountBalance } from '../../types.ts';
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
