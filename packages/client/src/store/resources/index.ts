/**
 * Every resource definition, by domain. Each is a plain function of a {@link ResourceContext}
 * (the client) and its arguments returning a `QueryDef` with the resource's shared key,
 * freshness and live hook: `client.queries.subscribe(balanceQuery(client, accountId), render)`.
 * Two widgets showing the same resource get the same key, so one request serves both.
 *
 * Keys: `['user', …]`, `['account', accountId, resource, …]`, `['watchlists', …]`,
 * `['alerts', …]`, `['security', …]`, `['news', …]`, `['history', …]` (the ones writes invalidate
 * are built by `query-keys.ts`). Account-scoped queries carry a `live` hook: while subscribed,
 * the account's data stream keeps them current (see `client.ts`).
 */
export type { LiveHooks, ResourceContext } from './context.ts';
export { userInfoQuery, accountsQuery, agreementsQuery } from './user.ts';
export { balanceQuery } from './account.ts';
export { accountHistoryQuery } from './account-history.ts';
export { ordersQuery, type OrdersQuery } from './orders.ts';
export { executedOrdersQuery } from './executed-orders.ts';
export { positionsQuery, positionGroupsQuery, topPositionsQuery } from './positions.ts';
export {
  transactionsQuery,
  activityQuery,
  activityTypesQuery,
  activityFilter,
  type ActivityQuery,
} from './activity.ts';
export { depositsQuery } from './deposits.ts';
export { bankLinksQuery, transfersQuery, iraConstraintsQuery } from './funding.ts';
export { watchlistsQuery, watchlistQuery } from './watchlists.ts';
export { alertsQuery } from './alerts.ts';
export { equityQuery, lookupQuery } from './securities.ts';
export { optionQuery } from './option-contract.ts';
export { optionExpirationsQuery, optionChainQuery } from './options.ts';
export { newsQuery } from './news.ts';
export { candlesQuery } from './history.ts';
