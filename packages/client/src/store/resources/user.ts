/** The user's own resources: who they are, their accounts, the agreements left to sign. */
import type { AgreementItemResource } from '../../api/agreements.ts';
import type { UserAccountModel, UserInfoModel } from '../../types.ts';
import type { QueryDef } from '../query-cache.ts';
import { queryKeys } from '../query-keys.ts';
import { STALE_TIMES, type ResourceContext } from './context.ts';

/** The signed-in user (`UserId` is what the data streams are keyed by). */
export const userInfoQuery = ({ api }: ResourceContext): QueryDef<UserInfoModel> => ({
  key: ['user', 'info'],
  fetch: (signal, hooks) => api.users.info({ signal, ...hooks }),
  staleTimeMs: STALE_TIMES.user,
});

/** The user's accounts. */
export const accountsQuery = ({ api }: ResourceContext): QueryDef<UserAccountModel[]> => ({
  key: ['user', 'accounts'],
  fetch: (signal, hooks) => api.users.accounts({ signal, ...hooks }),
  staleTimeMs: STALE_TIMES.user,
});

/** The agreements the user has not signed (a market-data one keeps quotes delayed). */
export const agreementsQuery = ({ api }: ResourceContext): QueryDef<AgreementItemResource[]> => ({
  key: queryKeys.agreements(),
  fetch: (signal, hooks) => api.agreements.unsigned({ signal, ...hooks }),
  staleTimeMs: STALE_TIMES.user,
});
