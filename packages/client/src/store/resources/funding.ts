/** An account's funding: linked bank accounts, transfers, retirement-account constraints. */
import type {
  AchRelationshipResource,
  AllowedIraConstraintsResource,
  TransferMechanism,
  TransferResource,
} from '../../api/funding.ts';
import type { Page } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { queryKeys } from '../query-keys.ts';
import { STALE_TIMES, type ResourceContext } from './context.ts';

/** The account's linked bank accounts (every status, newest first). */
export const bankLinksQuery = (
  { api }: ResourceContext,
  accountId: number,
): QueryDef<Page<AchRelationshipResource>> => ({
  key: queryKeys.bankLinks(accountId),
  fetch: (signal, hooks) => api.funding.listLinks(accountId, { signal, ...hooks }),
  staleTimeMs: STALE_TIMES.funding,
});

/** The account's newest money transfers (one page of `pageSize`, newest first). */
export const transfersQuery = (
  { api }: ResourceContext,
  accountId: number,
  pageSize = 50,
): QueryDef<Page<TransferResource>> => ({
  key: [...queryKeys.transfers(accountId), pageSize],
  fetch: (signal, hooks) => api.funding.listTransfers(accountId, { pageSize, signal, ...hooks }),
  staleTimeMs: STALE_TIMES.funding,
});

/** What a retirement account allows for a mechanism and direction (`IsRetirementAccount`). */
export const iraConstraintsQuery = (
  { api }: ResourceContext,
  accountId: number,
  mechanism: TransferMechanism,
  isDeposit: boolean,
): QueryDef<AllowedIraConstraintsResource> => ({
  key: [...queryKeys.account(accountId), 'ira-constraints', mechanism, isDeposit],
  fetch: (signal, hooks) =>
    api.funding.iraConstraints(accountId, mechanism, isDeposit, { signal, ...hooks }),
  staleTimeMs: STALE_TIMES.user,
});
