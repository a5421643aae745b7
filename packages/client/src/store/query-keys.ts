/**
 * The cache keys the client's resources are stored under, in one place: the resource
 * definitions (`resources/`) use them, and so do the writes (`writes/writes.ts`) that invalidate
 * what they change. Widgets never name a key: they read through the resource definitions
 * (`balanceQuery(client, accountId)`, …) and write through `client.writes`.
 */

export const queryKeys = {
  /** Prefix of every query of an account (orders, positions, transactions, balance, history). */
  account: (accountId: number) => ['account', accountId] as const,
  /** The account's balance (cash, buying power). */
  balance: (accountId: number) => ['account', accountId, 'balance'] as const,
  /** Prefix of every order list of an account (any statuses, any page size). */
  orders: (accountId: number) => ['account', accountId, 'orders'] as const,
  /** The account's linked bank accounts. */
  bankLinks: (accountId: number) => ['account', accountId, 'bank-links'] as const,
  /** The account's money transfers. */
  transfers: (accountId: number) => ['account', accountId, 'transfers'] as const,
  /** Every position query of an account (all, groups, top). */
  positions: (accountId: number) => ['account', accountId, 'positions'] as const,
  /** The list of all the user's watchlists; with `exact: false` also each list's own query. */
  watchlists: () => ['watchlists'] as const,
  /** One watchlist's own query. */
  watchlist: (watchlistId: number) => ['watchlists', watchlistId] as const,
  /** The user's price alerts. */
  alerts: () => ['alerts'] as const,
  /** The user's unsigned agreements. */
  agreements: () => ['user', 'agreements'] as const,
};
