/**
 * All endpoint groups, as `client.api`. The groups a session needs to start (users, securities,
 * streamers) are built at once; the others load their code, together
 * (`deferred-groups.ts`: one chunk rather than many small ones that split the first load), on
 * the first call of any of them ({@link lazyGroup}), so a page without them never downloads it.
 * `client.writes` loads with them (`writes/lazy-writes.ts`): every write calls one of them.
 */
import type { HttpTransport } from '../http/transport.ts';
import type { createActivityApi } from './activity.ts';
import type { createAgreementsApi } from './agreements.ts';
import type { createAlertsApi } from './alerts.ts';
import type { createAuthApi } from './auth.ts';
import type { createFundingApi } from './funding.ts';
import type { createHistoryApi } from './history.ts';
import type * as DeferredGroups from './deferred-groups.ts';
import { lazyGroup } from './lazy-group.ts';
import type { createNewsApi } from './news.ts';
import type { createOrdersApi } from './orders.ts';
import type { createPositionsApi } from './positions.ts';
import { createSecuritiesApi } from './securities.ts';
import { createStreamersApi } from './streamers.ts';
import type { createTransactionsApi } from './transactions.ts';
import { createUsersApi } from './users.ts';
import type { createWatchlistsApi } from './watchlists.ts';

export interface AutoSharesApi {
  auth: ReturnType<typeof createAuthApi>;
  users: ReturnType<typeof createUsersApi>;
  securities: ReturnType<typeof createSecuritiesApi>;
  orders: ReturnType<typeof createOrdersApi>;
  positions: ReturnType<typeof createPositionsApi>;
  watchlists: ReturnType<typeof createWatchlistsApi>;
  alerts: ReturnType<typeof createAlertsApi>;
  transactions: ReturnType<typeof createTransactionsApi>;
  activity: ReturnType<typeof createActivityApi>;
  history: ReturnType<typeof createHistoryApi>;
  news: ReturnType<typeof createNewsApi>;
  funding: ReturnType<typeof createFundingApi>;
  streamers: ReturnType<typeof createStreamersApi>;
  agreements: ReturnType<typeof createAgreementsApi>;
}

/** The deferred module's group factories, by the group they build. */
type Deferred = typeof DeferredGroups;

export function createApi(http: HttpTransport): AutoSharesApi {
  const later = <T extends object>(factory: (groups: Deferred) => (http: HttpTransport) => T) =>
    lazyGroup(() => import('./deferred-groups.ts').then((groups) => factory(groups)(http)));
  return {
    auth: later((groups) => groups.createAuthApi),
    users: createUsersApi(http),
    securities: createSecuritiesApi(http),
    orders: later((groups) => groups.createOrdersApi),
    positions: later((groups) => groups.createPositionsApi),
    watchlists: later((groups) => groups.createWatchlistsApi),
    alerts: later((groups) => groups.createAlertsApi),
    transactions: later((groups) => groups.createTransactionsApi),
    activity: later((groups) => groups.createActivityApi),
    history: later((groups) => groups.createHistoryApi),
    news: later((groups) => groups.createNewsApi),
    funding: later((groups) => groups.createFundingApi),
    streamers: createStreamersApi(http),
    agreements: later((groups) => groups.createAgreementsApi),
  };
}
