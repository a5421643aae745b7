/**
 * `client.writes`: the changes a user makes (watchlists, price alerts, order cancel and
 * replace), each the `client.api` call of the same name and arguments followed by the
 * invalidation of exactly the cached queries it changes. Subscribed queries among them refetch
 * at once (also one waiting out a failure: the server just answered); the others refetch on
 * their next use. Unrelated queries are left alone.
 *
 * The invalidation runs whether the write succeeded or failed: a failed write may still have
 * been applied (a timeout), or may have failed because what the user saw was out of date (a
 * 409 for an order that filled meanwhile), and either way the cache should show the server's
 * state again. Writes are never retried (see `client.api`).
 */
import type { AgreementsApi } from '../api/agreements.ts';
import type { AlertsApi } from '../api/alerts.ts';
import type { FundingApi } from '../api/funding.ts';
import type { OrdersApi } from '../api/orders.ts';
import type { WatchlistsApi } from '../api/watchlists.ts';
import type { KeyMatch, QueryCache, QueryKey } from '../store/query-cache.ts';
import { queryKeys } from '../store/query-keys.ts';

/** A key a write changes; `exact` leaves the longer keys it is a prefix of alone. */
type Affected = { key: QueryKey } & KeyMatch;

const allWatchlists: Affected = { key: queryKeys.watchlists(), exact: true };
const oneWatchlist = (watchlistId: number): Affected[] => [
  allWatchlists,
  { key: queryKeys.watchlist(watchlistId) },
];
const alerts: Affected[] = [{ key: queryKeys.alerts() }];
/** An order change alters the account's order lists and its buying power (held by open orders). */
const accountOrders = (accountId: number): Affected[] => [
  { key: queryKeys.orders(accountId) },
  { key: queryKeys.balance(accountId), exact: true },
];

/** What signing an agreement changes beyond the cache: how the quote streamer delivers. */
export interface DeliveryRefresh {
  refreshDelivery(kind?: 'quote'): Promise<void>;
}

/** A linked bank account change alters the account's list of links. */
const bankLinks = (accountId: number): Affected[] => [{ key: queryKeys.bankLinks(accountId) }];
/** A transfer (sent or canceled) alters the account's transfers and its balance (pending cash). */
const moneyMoved = (accountId: number): Affected[] => [
  { key: queryKeys.transfers(accountId) },
  { key: queryKeys.balance(accountId), exact: true },
];

/** The endpoint groups the writes call (`client.api`'s). */
export interface WrittenGroups {
  watchlists: WatchlistsApi;
  alerts: AlertsApi;
  orders: OrdersApi;
  agreements: AgreementsApi;
  funding: FundingApi;
}

export function createWrites(api: WrittenGroups, queries: QueryCache, stream?: DeliveryRefresh) {
  /** `write`, then (however it ended) a refetch of what `affected` names. */
  const invalidating =
    <W extends (...args: never[]) => Promise<unknown>>(
      write: W,
      affected: (...args: Parameters<W>) => readonly Affected[],
    ) =>
    async (...args: Parameters<W>): Promise<Awaited<ReturnType<W>>> => {
      try {
        return (await write(...args)) as Awaited<ReturnType<W>>;
      } finally {
        for (const { key, exact } of affected(...args)) queries.refetch(key, { exact });
      }
    };
  const { watchlists: w, alerts: a, orders: o, agreements: ag, funding: f } = api;
  const signAgreement = invalidating(ag.sign.bind(ag), () => [
    { key: queryKeys.agreements(), exact: true },
  ]);

  return {
    /** Watchlist changes: the list of lists, and the changed list's own query. */
    watchlists: {
      /** Creates a list (`api.watchlists.create`); the list of lists refetches. */
      create: invalidating(w.create.bind(w), () => [allWatchlists]),
      /** Renames a list (`api.watchlists.rename`). */
      rename: invalidating(w.rename.bind(w), oneWatchlist),
      /** Deletes a list (`api.watchlists.delete`). */
      delete: invalidating(w.delete.bind(w), oneWatchlist),
      /** Adds a security by id (`api.watchlists.addSecurity`). */
      addSecurity: invalidating(w.addSecurity.bind(w), oneWatchlist),
      /** Adds a security by symbol (`api.watchlists.addSymbol`). */
      addSymbol: invalidating(w.addSymbol.bind(w), oneWatchlist),
      /** Removes a security by id (`api.watchlists.removeSecurity`). */
      removeSecurity: invalidating(w.removeSecurity.bind(w), oneWatchlist),
      /** Removes a security by symbol (`api.watchlists.removeSymbol`). */
      removeSymbol: invalidating(w.removeSymbol.bind(w), oneWatchlist),
    },
    /** Price alert changes: the alerts query refetches. */
    alerts: {
      /** Creates an alert (`api.alerts.create`). */
      create: invalidating(a.create.bind(a), () => alerts),
      /** Replaces an alert (`api.alerts.update`). */
      update: invalidating(a.update.bind(a), () => alerts),
      /** Deletes an alert (`api.alerts.delete`). */
      delete: invalidating(a.delete.bind(a), () => alerts),
    },
    /**
     * Changes to existing orders: the account's order lists and its balance refetch (its
     * positions, transactions and other accounts do not). Placing orders stays with
     * `api.orders.place` and its safety rules (`docs/order-safety.md`).
     */
    orders: {
      /** Cancels an open order (`api.orders.cancel`). */
      cancel: invalidating(o.cancel.bind(o), accountOrders),
      /** Replaces an open order's quantity or prices (`api.orders.replace`). */
      replace: invalidating(o.replace.bind(o), accountOrders),
    },
    /**
     * Agreements: signing one (only on the user's explicit consent; sent once, never retried)
     * refetches the unsigned list and has the quote streamer asked again how it delivers, so
     * delayed quotes turn real time without a reload.
     */
    agreements: {
      /** Signs one agreement by `Type` (`api.agreements.sign`). */
      sign: async (...args: Parameters<typeof ag.sign>): Promise<void> => {
        try {
          await signAgreement(...args);
        } finally {
          void stream?.refreshDelivery('quote');
        }
      },
    },
    /**
     * Funding: linked bank accounts (the account's links refetch) and money transfers (its
     * transfers and balance refetch). A transfer moves money: send it through a placement that
     * looks it up (`api.funding.findTransfer`) before any second attempt.
     */
    funding: {
      /** Links a bank account (`api.funding.createLink`). */
      createLink: invalidating(f.createLink.bind(f), bankLinks),
      /** Approves a link with its micro-deposits (`api.funding.approveLink`). */
      approveLink: invalidating(f.approveLink.bind(f), bankLinks),
      /** Makes a link the default (`api.funding.setDefaultLink`). */
      setDefaultLink: invalidating(f.setDefaultLink.bind(f), bankLinks),
      /** Renames a link (`api.funding.renameLink`). */
      renameLink: invalidating(f.renameLink.bind(f), bankLinks),
      /** Unlinks a bank account (`api.funding.deleteLink`). */
      deleteLink: invalidating(f.deleteLink.bind(f), bankLinks),
      /** Sends an ACH deposit or withdrawal once (`api.funding.sendAch`; never retried). */
      sendAch: invalidating(f.sendAch.bind(f), moneyMoved),
      /** Sends a wire withdrawal once (`api.funding.sendWire`; never retried). */
      sendWire: invalidating(f.sendWire.bind(f), moneyMoved),
      /** Sends a check request once (`api.funding.sendCheck`; never retried). */
      sendCheck: invalidating(f.sendCheck.bind(f), moneyMoved),
      /** Cancels a pending transfer (`api.funding.cancelTransfer`). */
      cancelTransfer: invalidating(f.cancelTransfer.bind(f), moneyMoved),
    },
  };
}

/** The write groups of a client (`client.writes`). */
export type AutoSharesWrites = ReturnType<typeof createWrites>;
