/**
 * The endpoint groups loaded on the first call of any of them (see `index.ts`), as one module,
 * and the writes over them (`client.writes`, see `writes/lazy-writes.ts`).
 */
export { createActivityApi } from './activity.ts';
export { createAgreementsApi } from './agreements.ts';
export { createAlertsApi } from './alerts.ts';
export { createAuthApi } from './auth.ts';
export { createFundingApi } from './funding.ts';
export { createHistoryApi } from './history.ts';
export { createNewsApi } from './news.ts';
export { createOrdersApi } from './orders.ts';
export { createPositionsApi } from './positions.ts';
export { createTransactionsApi } from './transactions.ts';
export { createWatchlistsApi } from './watchlists.ts';
export { createWrites } from '../writes/writes.ts';
