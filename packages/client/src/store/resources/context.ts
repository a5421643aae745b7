/**
 * What every resource definition shares: the context it is built from, the freshness of each
 * resource, and the stream hooks that keep live ones current.
 *
 * A definition is a plain function, `balanceQuery(client, accountId)`, that takes a
 * {@link ResourceContext} (the client is one) and its arguments and returns a `QueryDef` with
 * the resource's key, freshness and live hook. The definitions live in small modules by domain
 * (`user.ts`, `account.ts`, `orders.ts`, …), so a page carries only those it uses. Definitions
 * that different elements use sit in different modules (`orders.ts` and `executed-orders.ts`,
 * `watchlists.ts` and `alerts.ts`, …): a bundler that splits code by module then keeps each with
 * the element that uses it, instead of in a small chunk of its own.
 */
import type { AutoSharesApi } from '../../api/index.ts';
import type { LiveLink, QueryKey } from '../query-cache.ts';

/** Freshness per resource, in ms. */
export const STALE_TIMES = {
  user: 5 * 60_000,
  balance: 30_000,
  orders: 30_000,
  positions: 30_000,
  transactions: 60_000,
  watchlists: 60_000,
  alerts: 60_000,
  security: 60 * 60_000,
  lookup: 5 * 60_000,
  news: 5 * 60_000,
  history: 60_000,
  funding: 30_000,
} as const;

/**
 * What keeps live queries current; the client wires these to the streamer. Each returns its
 * stop function, with `ready` resolving once the server acknowledged the subscriptions.
 */
export interface LiveHooks {
  /** Follow an account's Order/Position/AccountBalance streams. */
  account(accountId: number): LiveLink;
  /** Follow the user's Watchlist and PriceAlert streams. */
  user(): LiveLink;
  /** Follow one watchlist's content (securities added/removed). */
  watchlist(watchlistId: number): LiveLink;
  /** Refetch `key` when an order of the account fills (Filled / PartiallyFilled). */
  fills(accountId: number, key: QueryKey): LiveLink;
}

/**
 * What a resource definition is built from: the endpoint groups, and the stream hooks when the
 * client can stream (without them, queries stay current by their freshness alone).
 * `AutoSharesClient` is one: `balanceQuery(client, accountId)`.
 */
export interface ResourceContext {
  readonly api: AutoSharesApi;
  readonly live?: LiveHooks | undefined;
}

/** Several live links as one: stops them all; ready when all are. */
export function combineLive(links: readonly LiveLink[]): LiveLink {
  const stop = () => links.forEach((link) => link());
  const pending = links.map((link) => link.ready).filter((ready) => ready !== undefined);
  return pending.length === 0
    ? stop
    : Object.assign(stop, { ready: Promise.all(pending).then(() => undefined) });
}

/** The live hook of an account-scoped query: the account's data stream, when there is one. */
export function accountLive({ live }: ResourceContext, accountId: number) {
  return live ? () => live.account(accountId) : undefined;
}

/** The live hook of a user-scoped query: the user's data stream, when there is one. */
export function userLive({ live }: ResourceContext) {
  return live ? () => live.user() : undefined;
}
