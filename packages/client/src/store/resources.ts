/**
 * Query definitions for the resources widgets show, with their keys and freshness in ONE
 * place, so every widget shares the same cache entries and stream invalidation hits them.
 *
 * Keys: `['user', …]`, `['account', accountId, resource, …]`, `['watchlists', …]`,
 * `['alerts', …]`, `['security', …]`, `['news', …]`, `['history', …]` (the ones writes invalidate
 * are built by `query-keys.ts`).
 * Account-scoped queries carry a `live` hook: while subscribed, the account's data stream keeps
 * them current (see `client.ts`).
 */
import type { AutoSharesApi } from '../api/index.ts';
import type { AgreementItemResource } from '../api/agreements.ts';
import type { CandlesRequest } from '../api/history.ts';
import type {
  AchRelationshipResource,
  AllowedIraConstraintsResource,
  TransferMechanism,
  TransferResource,
} from '../api/funding.ts';
import type { DateInput } from '../http/dates.ts';
import { and, between, eq, gte, inList, lte } from '../filter/filter.ts';
import type { LiveLink, QueryDef, QueryKey } from './query-cache.ts';
import { queryKeys } from './query-keys.ts';
import type {
  AccountBalance,
  AccountValueItem,
  ChartHistoryModel,
  EquityResource,
  GroupPositionsResource,
  NewsResource,
  OptionChainResource,
  OptionExpirationResource,
  OptionResource,
  OrderResource,
  OrderStatus,
  Page,
  PositionResource,
  PriceAlertInfoModel,
  TransactionMapModel,
  UserAccountModel,
  UserInfoModel,
  WatchlistModel,
} from '../types.ts';

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

/** Several live links as one: stops them all; ready when all are. */
export function combineLive(links: readonly LiveLink[]): LiveLink {
  const stop = () => links.forEach((link) => link());
  const pending = links.map((link) => link.ready).filter((ready) => ready !== undefined);
  return pending.length === 0
    ? stop
    : Object.assign(stop, { ready: Promise.all(pending).then(() => undefined) });
}

const DAY_MS = 86_400_000;

export interface OrdersQuery {
  statuses?: readonly OrderStatus[];
  /** Default 100. */
  pageSize?: number;
}

/** A selection of the account's activity: a page, some types, a date range. */
export interface ActivityQuery {
  /** Default 0. */
  pageNumber?: number;
  /** Default 50. */
  pageSize?: number;
  /** `Type` values to keep (none: every type). */
  types?: readonly string[];
  /** Entries on or after this time. */
  from?: DateInput;
  /** Entries on or before this time. */
  to?: DateInput;
}

/** The filter of an activity selection (types and date range), or undefined for everything. */
export function activityFilter(query: Omit<ActivityQuery, 'pageNumber' | 'pageSize'>) {
  const { types = [], from, to } = query;
  return and(
    types.length === 1 ? eq('Type', types[0]!) : types.length > 1 && inList('Type', types),
    from !== undefined && gte('Date', new Date(from)),
    to !== undefined && lte('Date', new Date(to)),
  );
}

export function createResourceQueries(api: AutoSharesApi, live?: LiveHooks) {
  const account = (accountId: number) => (live ? () => live.account(accountId) : undefined);
  const user = live ? () => live.user() : undefined;
  return {
    userInfo: (): QueryDef<UserInfoModel> => ({
      key: ['user', 'info'],
      fetch: (signal, hooks) => api.users.info({ signal, ...hooks }),
      staleTimeMs: STALE_TIMES.user,
    }),
    accounts: (): QueryDef<UserAccountModel[]> => ({
      key: ['user', 'accounts'],
      fetch: (signal, hooks) => api.users.accounts({ signal, ...hooks }),
      staleTimeMs: STALE_TIMES.user,
    }),
    balance: (accountId: number): QueryDef<AccountBalance> => ({
      key: queryKeys.balance(accountId),
      fetch: (signal, hooks) => api.users.balance(accountId, { signal, ...hooks }),
      staleTimeMs: STALE_TIMES.balance,
      live: account(accountId),
    }),
    accountHistory: (
      accountId: number,
      from: DateInput,
      to: DateInput,
    ): QueryDef<AccountValueItem[]> => ({
      key: ['account', accountId, 'history', +from, +to],
      fetch: (signal, hooks) => api.users.history(accountId, { from, to, signal, ...hooks }),
      staleTimeMs: STALE_TIMES.history,
    }),
    /** The newest page of orders, optionally only some statuses (e.g. the open ones). */
    orders: (accountId: number, query: OrdersQuery = {}): QueryDef<Page<OrderResource>> => ({
      key: [
        ...queryKeys.orders(accountId),
        (query.statuses ?? []).join(','),
        query.pageSize ?? 100,
      ],
      fetch: (signal, hooks) =>
        api.orders.list(accountId, {
          statuses: query.statuses,
          pageSize: query.pageSize,
          signal,
          ...hooks,
        }),
      staleTimeMs: STALE_TIMES.orders,
      live: account(accountId),
    }),
    /**
     * The account's executed orders (Filled, PartiallyFilled) created in the last `sinceDays`
     * days (all of them when undefined), every page up to `maxPages` of 100. While subscribed,
     * an Order stream message that is a fill refetches it; other order news (placed, cancelled)
     * does not, since it cannot change it.
     */
    executedOrders: (
      accountId: number,
      sinceDays?: number,
      maxPages = 50,
    ): QueryDef<OrderResource[]> => {
      const key = [...queryKeys.account(accountId), 'executed', sinceDays ?? 'all', maxPages];
      return {
        key,
        fetch: (signal) => {
          const now = Date.now();
          return api.orders.all(accountId, {
            statuses: ['Filled', 'PartiallyFilled'],
            filter:
              sinceDays === undefined
                ? undefined
                : between('CreateDate', new Date(now - sinceDays * DAY_MS), new Date(now + DAY_MS)),
            maxPages,
            signal,
          });
        },
        staleTimeMs: STALE_TIMES.orders,
        live: live ? () => live.fills(accountId, key) : undefined,
      };
    },
    /** Every position of the account (all pages, bounded). */
    positions: (accountId: number): QueryDef<PositionResource[]> => ({
      key: queryKeys.positions(accountId),
      fetch: (signal, hooks) => api.positions.all(accountId, { signal, ...hooks }),
      staleTimeMs: STALE_TIMES.positions,
      live: account(accountId),
    }),
    positionGroups: (accountId: number): QueryDef<GroupPositionsResource[]> => ({
      key: [...queryKeys.positions(accountId), 'groups'],
      fetch: (signal, hooks) => api.positions.groups(accountId, { signal, ...hooks }),
      staleTimeMs: STALE_TIMES.positions,
      live: account(accountId),
    }),
    topPositions: (accountId: number, count = 5): QueryDef<GroupPositionsResource[]> => ({
      key: [...queryKeys.positions(accountId), 'top', count],
      fetch: (signal, hooks) => api.positions.top(accountId, count, { signal, ...hooks }),
      staleTimeMs: STALE_TIMES.positions,
      live: account(accountId),
    }),
    transactions: (accountId: number, pageSize = 100): QueryDef<Page<TransactionMapModel>> => ({
      key: ['account', accountId, 'transactions', pageSize],
      fetch: (signal, hooks) => api.transactions.list(accountId, { pageSize, signal, ...hooks }),
      staleTimeMs: STALE_TIMES.transactions,
      live: account(accountId),
    }),
    /**
     * One page of the account's activity, newest first, filtered by type and date. Keyed under
     * the account's transactions, so an order fill refetches it while it is live.
     */
    activity: (
      accountId: number,
      query: ActivityQuery = {},
    ): QueryDef<Page<TransactionMapModel>> => {
      const { pageNumber = 0, pageSize = 50, types = [], from, to } = query;
      const filter = activityFilter({ types, from, to });
      return {
        key: [
          'account',
          accountId,
          'transactions',
          'activity',
          pageNumber,
          pageSize,
          filter?.toString() ?? '',
        ],
        fetch: (signal, hooks) =>
          api.activity.list(accountId, { pageNumber, pageSize, filter, signal, ...hooks }),
        staleTimeMs: STALE_TIMES.transactions,
        live: account(accountId),
      };
    },
    /** The activity `Type` values the account can be filtered by. */
    activityTypes: (accountId: number): QueryDef<string[]> => ({
      key: ['account', accountId, 'activity-types'],
      fetch: (signal, hooks) => api.activity.allowedTypes(accountId, { signal, ...hooks }),
      staleTimeMs: STALE_TIMES.user,
    }),
    /**
     * The account's settled deposits (`Payment` entries with `Code` `DEP`) in a date range,
     * oldest first (every page up to 5 of 100).
     */
    deposits: (
      accountId: number,
      from: DateInput,
      to: DateInput,
    ): QueryDef<TransactionMapModel[]> => ({
      key: ['account', accountId, 'transactions', 'deposits', +from, +to],
      fetch: (signal, hooks) =>
        api.activity.all(accountId, {
          filter: and(
            eq('Type', 'Payment'),
            eq('Code', 'DEP'),
            between('Date', new Date(from), new Date(to)),
          ),
          isAsc: true,
          pageSize: 100,
          maxPages: 5,
          signal,
          ...hooks,
        }),
      staleTimeMs: STALE_TIMES.transactions,
      live: account(accountId),
    }),
    /** The account's linked bank accounts (every status, newest first). */
    bankLinks: (accountId: number): QueryDef<Page<AchRelationshipResource>> => ({
      key: queryKeys.bankLinks(accountId),
      fetch: (signal, hooks) => api.funding.listLinks(accountId, { signal, ...hooks }),
      staleTimeMs: STALE_TIMES.funding,
    }),
    /** The account's newest money transfers (one page of `pageSize`, newest first). */
    transfers: (accountId: number, pageSize = 50): QueryDef<Page<TransferResource>> => ({
      key: [...queryKeys.transfers(accountId), pageSize],
      fetch: (signal, hooks) =>
        api.funding.listTransfers(accountId, { pageSize, signal, ...hooks }),
      staleTimeMs: STALE_TIMES.funding,
    }),
    /** What a retirement account allows for a mechanism and direction (`IsRetirementAccount`). */
    iraConstraints: (
      accountId: number,
      mechanism: TransferMechanism,
      isDeposit: boolean,
    ): QueryDef<AllowedIraConstraintsResource> => ({
      key: [...queryKeys.account(accountId), 'ira-constraints', mechanism, isDeposit],
      fetch: (signal, hooks) =>
        api.funding.iraConstraints(accountId, mechanism, isDeposit, { signal, ...hooks }),
      staleTimeMs: STALE_TIMES.user,
    }),
    watchlists: (): QueryDef<WatchlistModel[]> => ({
      key: queryKeys.watchlists(),
      fetch: (signal, hooks) => api.watchlists.list({ includeSecurities: true, signal, ...hooks }),
      staleTimeMs: STALE_TIMES.watchlists,
      live: user,
    }),
    watchlist: (watchlistId: number): QueryDef<WatchlistModel> => ({
      key: queryKeys.watchlist(watchlistId),
      fetch: (signal, hooks) =>
        api.watchlists.get(watchlistId, { includeSecurities: true, signal, ...hooks }),
      staleTimeMs: STALE_TIMES.watchlists,
      live: live ? () => combineLive([live.user(), live.watchlist(watchlistId)]) : undefined,
    }),
    /** The agreements the user has not signed (a market-data one keeps quotes delayed). */
    agreements: (): QueryDef<AgreementItemResource[]> => ({
      key: queryKeys.agreements(),
      fetch: (signal, hooks) => api.agreements.unsigned({ signal, ...hooks }),
      staleTimeMs: STALE_TIMES.user,
    }),
    alerts: (): QueryDef<Page<PriceAlertInfoModel>> => ({
      key: queryKeys.alerts(),
      fetch: (signal, hooks) => api.alerts.list({ signal, ...hooks }),
      staleTimeMs: STALE_TIMES.alerts,
      live: user,
    }),
    /** An equity by ticker (upper-cased) or id; also what resolves tickers to SecurityIds. */
    equity: (symbolOrId: string | number): QueryDef<EquityResource> => {
      const id = typeof symbolOrId === 'string' ? symbolOrId.trim().toUpperCase() : symbolOrId;
      return {
        key: ['security', 'equity', id],
        fetch: (signal, hooks) => api.securities.equity(id, { signal, ...hooks }),
        staleTimeMs: STALE_TIMES.security,
      };
    },
    /** An option contract by OSI symbol (spaces kept) or id. */
    option: (symbolOrId: string | number): QueryDef<OptionResource> => {
      const id = typeof symbolOrId === 'string' ? symbolOrId.trim().toUpperCase() : symbolOrId;
      return {
        key: ['security', 'option', id],
        fetch: (signal, hooks) => api.securities.option(id, { signal, ...hooks }),
        staleTimeMs: STALE_TIMES.security,
      };
    },
    /** The underlying's option expirations (contract lists change rarely: kept an hour). */
    optionExpirations: (underlying: string): QueryDef<OptionExpirationResource[]> => {
      const symbol = underlying.trim().toUpperCase();
      return {
        key: ['security', 'option-expirations', symbol],
        fetch: (signal, hooks) => api.securities.expirations(symbol, { signal, ...hooks }),
        staleTimeMs: STALE_TIMES.security,
      };
    },
    /**
     * One expiration of the underlying's option chain (`Expiration = #…#`), with `range` strikes
     * each side of the centre (`Range = n`), or every strike when `range` is 0.
     */
    optionChain: (
      underlying: string,
      expiration: DateInput,
      range = 0,
    ): QueryDef<OptionChainResource> => {
      const symbol = underlying.trim().toUpperCase();
      const day = new Date(expiration).getTime();
      const filter = and(eq('Expiration', new Date(day)), range > 0 && eq('Range', range));
      return {
        key: ['security', 'option-chain', symbol, day, range],
        fetch: (signal, hooks) => api.securities.optionChain(symbol, { filter, signal, ...hooks }),
        staleTimeMs: STALE_TIMES.security,
      };
    },
    lookup: (mask: string, count = 10): QueryDef<EquityResource[]> => ({
      key: ['security', 'lookup', mask.trim().toUpperCase(), count],
      fetch: (signal, hooks) => api.securities.lookup(mask.trim(), { count, signal, ...hooks }),
      staleTimeMs: STALE_TIMES.lookup,
    }),
    news: (symbol: string): QueryDef<NewsResource[]> => ({
      key: ['news', symbol.trim().toUpperCase()],
      fetch: (signal, hooks) => api.news.list(symbol.trim(), { signal, ...hooks }),
      staleTimeMs: STALE_TIMES.news,
    }),
    candles: (
      request: Omit<CandlesRequest, 'signal' | 'timeoutMs'>,
    ): QueryDef<ChartHistoryModel> => {
      const sec =
        typeof request.security === 'string' ? request.security : (request.security.Symbol ?? '');
      return {
        key: [
          'history',
          sec.toUpperCase(),
          request.period,
          request.interval ?? null,
          request.from === undefined ? null : +request.from,
          request.to === undefined ? null : +request.to,
          request.candlesCount ?? null,
          (request.indicators ?? []).map((i) => i.signature).join(';'),
        ],
        fetch: (signal, hooks) => api.history.candles({ ...request, signal, ...hooks }),
        staleTimeMs: STALE_TIMES.history,
      };
    },
  };
}
export type ResourceQueries = ReturnType<typeof createResourceQueries>;
