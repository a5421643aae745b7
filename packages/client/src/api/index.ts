/** All endpoint groups, as `client.api`. */
import type { HttpTransport } from '../http/transport.ts';
import { createAlertsApi } from './alerts.ts';
import { createAuthApi } from './auth.ts';
import { createHistoryApi } from './history.ts';
import { createNewsApi } from './news.ts';
import { createOrdersApi } from './orders.ts';
import { createPositionsApi } from './positions.ts';
import { createSecuritiesApi } from './securities.ts';
import { createStreamersApi } from './streamers.ts';
import { createTransactionsApi } from './transactions.ts';
import { createUsersApi } from './users.ts';
import { createWatchlistsApi } from './watchlists.ts';

export function createApi(http: HttpTransport) {
  return {
    auth: createAuthApi(http),
    users: createUsersApi(http),
    securities: createSecuritiesApi(http),
    orders: createOrdersApi(http),
    positions: createPositionsApi(http),
    watchlists: createWatchlistsApi(http),
    alerts: createAlertsApi(http),
    transactions: createTransactionsApi(http),
    history: createHistoryApi(http),
    news: createNewsApi(http),
    streamers: createStreamersApi(http),
  };
}
/** The endpoint groups of a client (`client.api`). */
export type AutoSharesApi = ReturnType<typeof createApi>;
