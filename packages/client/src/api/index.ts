/**
 * All endpoint groups, as `client.api`. The groups a session needs to start (users, securities,
 * streamers) are built at once; the others load their code, together
 * (`deferred-groups.ts`: one chunk rather than many small ones that split the first load), on
 * the first call of any of them ({@link lazyGroup}), so a page without them never downloads it.
 */
import type { HttpTransport } from '../http/transport.ts';
import type { createActivityApi } from './activity.ts';
import type { createAgreementsApi } from './agreements.ts';
import type { createAlertsApi } from './alerts.ts';
import type { createAuthApi } from './auth.ts';
import type { createFundingApi } from './funding.ts';
import type { createHistoryApi } from './history.ts';
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

export function createApi(http: HttpTransport): AutoSharesApi {
  return {
    auth: lazyGroup(() => import('./deferred-groups.ts').then((m) => m.createAuthApi(http))),
    users: createUsersApi(http),
    securities: createSecuritiesApi(http),
    orders: lazyGroup(() => import('./deferred-groups.ts').then((m) => m.createOrdersApi(http))),
    positions: lazyGroup(() =>
      import('./deferred-groups.ts').then((m) => m.createPositionsApi(http)),
    ),
    watchlists: lazyGroup(() =>
      import('./deferred-groups.ts').then((m) => m.createWatchlistsApi(http)),
    ),
    alerts: lazyGroup(() => import('./deferred-groups.ts').then((m) => m.createAlertsApi(http))),
    transactions: lazyGroup(() =>
      import('./deferred-groups.ts').then((m) => m.createTransactionsApi(http)),
    ),
    activity: lazyGroup(() =>
      import('./deferred-groups.ts').then((m) => m.createActivityApi(http)),
    ),
    history: lazyGroup(() => import('./deferred-groups.ts').then((m) => m.createHistoryApi(http))),
    news: lazyGroup(() => import('./deferred-groups.ts').then((m) => m.createNewsApi(http))),
    funding: lazyGroup(() => import('./deferred-groups.ts').then((m) => m.createFundingApi(http))),
    streamers: createStreamersApi(http),
    agreements: lazyGroup(() =>
      import('./deferred-groups.ts').then((m) => m.createAgreementsApi(http)),
    ),
  };
}
