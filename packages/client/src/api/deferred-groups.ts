/** The endpoint groups loaded on the first call of any of them (see `index.ts`), as one module. */
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
