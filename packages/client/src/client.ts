/**
 * `AutoSharesClient`: one per session (one per `<as-session>`, or one in a partner's script).
 * It owns the HTTP transport (ky, limiter, retries, token lifecycle), the endpoint groups
 * (`api`), the shared query cache (`queries`), the streamer connections
 * (`stream`), the writes that keep that cache true (`writes`) and the frame-coalesced quote
 * store (`quotes`), and wires stream events into cache
 * invalidation: an `Order` event for an account invalidates that account's orders, positions,
 * transactions and balance; `Position` invalidates positions; `AccountBalance` patches the
 * cached balance; `Watchlist`/`WatchlistContent`/`PriceAlert` invalidate watchlists/alerts; a
 * data-stream resync (after a gap) invalidates everything those streams keep current.
 *
 * Tokens come in one way: the client asks its `tokenProvider` whenever it needs one (first use,
 * shortly before a known expiry, once after a 401). A host whose token changes on its side
 * (a new sign-in, a rotated token) calls {@link AutoSharesClient.tokenChanged} and the client
 * asks again. The bearer token is sent only to `baseUrl`'s origin.
 *
 * The client is the context of the resource definitions (`store/resources/`): a page reads
 * `client.queries.subscribe(balanceQuery(client, accountId), render)`, and carries only the
 * definitions it imports.
 */
import { createApi, type AutoSharesApi } from './api/index.ts';
import type { AuthRequiredListener } from './auth/auth-required.ts';
import { TokenManager } from './auth/token-manager.ts';
import type { TokenProvider } from './auth/token-result.ts';
import { RateLimiter, type LimitsOption } from './http/limiter.ts';
import { HttpTransport, type RetryPolicy } from './http/transport.ts';
import { QueryCache, type LiveLink, type QueryCacheOptions } from './store/query-cache.ts';
import { combineLive, type LiveHooks, type ResourceContext } from './store/resources/context.ts';
import { userInfoQuery } from './store/resources/user.ts';
import { equityQuery } from './store/resources/securities.ts';
import type { AutoSharesWrites } from './writes/writes.ts';
import { lazyWrites } from './writes/lazy-writes.ts';
import type { AccountBalance } from './types.ts';
import { StreamingClient } from './streaming/streaming-client.ts';
import type {
  StreamerAddresses,
  StreamerTuning,
  WebSocketConstructor,
} from './streaming/connection.ts';
import type { StreamEntity, StreamerKind, StreamPayloads } from './streaming/stream-types.ts';
import { QuoteStore } from './quotes/quote-store.ts';
import type { FrameScheduler } from './quotes/frame-scheduler.ts';

export interface AutoSharesClientOptions {
  /** The API base, e.g. `https://api.example.com/api` or `http://127.0.0.1:4010/api`. */
  baseUrl: string;
  /** The `Et-App-Key` of the site. */
  appKey: string;
  /**
   * A bearer token. Alone, shorthand for a `tokenProvider` that always answers it; with a
   * provider, the token to start with (the provider is asked when it nears expiry or is refused).
   */
  token?: string;
  /**
   * Asked for a token whenever the client needs one: first use (and after `tokenChanged()`),
   * shortly before a known expiry, once after a 401. Answers a token, `{ token, expiresAt }`,
   * an OAuth-style `{ access_token, expires_at | expires_in }`, or null when signed out.
   */
  tokenProvider?: TokenProvider;
  /** A `fetch` to use instead of the global one (tests, instrumentation, a proxy). */
  fetch?: typeof fetch;
  /** A WebSocket constructor for the streamers (the `ws` package in Node 20). */
  WebSocket?: WebSocketConstructor;
  /** Per-attempt request timeout (default 15 000 ms). */
  timeoutMs?: number;
  /** Client-side rate limits per category (default: the documented limits per minute). */
  limits?: LimitsOption;
  /** Retry policy for safe reads. */
  retry?: RetryPolicy;
  /** Query cache tuning. */
  cache?: QueryCacheOptions;
  /** Streamer tuning (heartbeat, backoff, idle close). */
  stream?: Omit<StreamerTuning, 'WebSocket'> & { idleCloseMs?: number };
  /** Quote store tuning (frame scheduler, coalescing). */
  quotes?: { scheduleFrame?: FrameScheduler; coalesce?: boolean };
}

export class AutoSharesClient implements ResourceContext {
  /** Endpoint groups: `client.api.orders.place(accountId, order, { signal })`. */
  readonly api: AutoSharesApi;
  /** The session's shared query cache. */
  readonly queries: QueryCache;
  /**
   * What keeps live resources current (the account's and the user's data streams), for the
   * resource definitions built with this client; undefined when the client cannot stream.
   */
  readonly live: LiveHooks | undefined;
  /**
   * The user's changes, each invalidating exactly the cached queries it changes:
   * `client.writes.watchlists.addSymbol(watchlistId, 'AAPL')`.
   */
  readonly writes: AutoSharesWrites;
  /** The streamer connections (ref-counted subscriptions, reconnect, resync). */
  readonly stream: StreamingClient;
  /** Live quotes, coalesced per animation frame. */
  readonly quotes: QuoteStore;

  readonly #tokens: TokenManager;
  readonly #limiter: RateLimiter;
  readonly #stopResync: () => void;
  #disposed = false;
  readonly #watchers = new Map<string, { count: number; link: LiveLink }>();

  constructor(options: AutoSharesClientOptions) {
    if (!options.baseUrl) throw new TypeError('AutoSharesClient: baseUrl is required');
    if (!options.appKey) throw new TypeError('AutoSharesClient: appKey is required');
    this.#tokens = new TokenManager({ token: options.token, tokenProvider: options.tokenProvider });
    this.#limiter = new RateLimiter(options.limits);
    const http = new HttpTransport({
      baseUrl: options.baseUrl,
      appKey: options.appKey,
      tokens: this.#tokens,
      limiter: this.#limiter,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
    });
    this.api = createApi(http);
    this.queries = new QueryCache(options.cache);

    this.stream = new StreamingClient({
      ...options.stream,
      WebSocket: options.WebSocket,
      discover: shareDiscovery(() => this.api.streamers.get()),
      recover: (kind) => this.api.streamers.recoverSession(kind),
      userId: async () => {
        const info = await this.queries.fetch(userInfoQuery(this));
        if (typeof info.UserId !== 'number') throw new Error('User info has no UserId');
        return info.UserId;
      },
    });
    // Without any WebSocket (Node 20 and no `WebSocket` option) queries still work, refreshed by
    // their freshness alone, rather than keeping a streamer in endless reconnects.
    const canStream = Boolean(
      options.WebSocket ?? (globalThis as { WebSocket?: unknown }).WebSocket,
    );
    this.live = canStream
      ? {
          account: (accountId) => this.watchAccount(accountId),
          user: () => this.watchUser(),
          watchlist: (watchlistId) =>
            this.#follow('WatchlistContent', watchlistId, () =>
              this.queries.invalidate(['watchlists', watchlistId]),
            ),
          fills: (accountId, key) =>
            this.stream.subscribe('Order', accountId, (order) => {
              if (isFill(order.Status) || isFill(order.ExecutionStatus))
                this.queries.invalidate(key, { exact: true });
            }),
        }
      : undefined;
    // Loaded with the deferred endpoint groups, on the first write (every write calls one).
    this.writes = lazyWrites(() =>
      import('./api/deferred-groups.ts').then((m) =>
        m.createWrites(this.api, this.queries, this.stream),
      ),
    );
    this.quotes = new QuoteStore({
      ...options.quotes,
      streaming: this.stream,
      resolve: async (symbol) => {
        const equity = await this.queries.fetch(equityQuery(this, symbol));
        if (typeof equity.Id !== 'number') throw new Error(`No security id for ${symbol}`);
        return equity.Id;
      },
    });
    this.#stopResync = this.stream.onResync((kind) => {
      if (kind !== 'data') return;
      this.queries.invalidate(['account']);
      this.queries.invalidate(['watchlists']);
      this.queries.invalidate(['alerts']);
    });
  }

  /**
   * Tells the client that its provider has a new token (the host signed the user in again, or
   * rotated the token): the token held is dropped, the next request asks the provider
   * (`reason: 'initial'`), and queries that failed for lack of a valid token refetch.
   */
  tokenChanged(): void {
    this.#tokens.changed();
    this.queries.invalidateWhere((_key, state) => state.error?.code === 'unauthorized');
  }

  /**
   * Called with an `AuthRequiredEvent` when no valid token can be had (`reason`:
   * `'no-token'` or `'token-rejected'`); show a signed-out state. Returns the unsubscribe.
   */
  onAuthRequired(listener: AuthRequiredListener): () => void {
    return this.#tokens.onAuthRequired(listener);
  }

  /**
   * Keeps an account's cached orders, positions, transactions and balance current from the data
   * stream until the returned function is called. Ref-counted: however many queries of the
   * account are live, one set of stream listeners serves them; the resource definitions call it
   * through {@link AutoSharesClient.live}.
   */
  watchAccount(accountId: number): LiveLink {
    return this.#shared(`account:${accountId}`, () => {
      const prefix = ['account', accountId] as const;
      return combineLive([
        this.#follow('Order', accountId, () => {
          for (const r of ['orders', 'positions', 'transactions', 'balance'])
            this.queries.invalidate([...prefix, r]);
        }),
        this.#follow('Position', accountId, () =>
          this.queries.invalidate([...prefix, 'positions']),
        ),
        this.#follow('AccountBalance', accountId, (update) => {
          const key = [...prefix, 'balance'];
          if (this.queries.getState(key).status === 'success') {
            this.queries.setData<AccountBalance>(key, (prev) => ({
              ...(prev as AccountBalance),
              ...update.Items,
            }));
          } else {
            this.queries.invalidate(key);
          }
        }),
      ]);
    });
  }

  /** Keeps cached watchlists and alerts current from the user's data stream. Ref-counted. */
  watchUser(): LiveLink {
    return this.#shared('user', () => {
      let links: LiveLink[] | undefined = [];
      const ready = this.queries.fetch(userInfoQuery(this)).then((info) => {
        if (!links || this.#disposed || typeof info.UserId !== 'number') return;
        const userId = info.UserId;
        const user = combineLive([
          this.#follow('Watchlist', userId, () => this.queries.invalidate(['watchlists'])),
          this.#follow('PriceAlert', userId, () => this.queries.invalidate(['alerts'])),
        ]);
        links.push(user);
        return user.ready;
      });
      return Object.assign(
        () => {
          links?.forEach((stop) => stop());
          links = undefined;
        },
        // Without the user's id there is no stream to wait for: queries fetch on their own.
        { ready: ready.catch(() => undefined) },
      );
    });
  }

  /** Subscribes to one stream entity + key; ready once the server acknowledged it. */
  #follow<E extends StreamEntity>(
    entity: E,
    key: number,
    listener: (data: StreamPayloads[E]) => void,
  ): LiveLink {
    const stop = this.stream.subscribe(entity, key, listener);
    return Object.assign(stop, { ready: this.stream.whenSubscribed(entity, key) });
  }

  /** Runs `start` once per name while at least one caller holds it (sharing its readiness). */
  #shared(name: string, start: () => LiveLink): LiveLink {
    let held = this.#watchers.get(name);
    if (!held) {
      held = { count: 0, link: start() };
      this.#watchers.set(name, held);
    }
    const current = held;
    current.count++;
    let released = false;
    const stop = () => {
      if (released) return;
      released = true;
      if (--current.count === 0) {
        this.#watchers.delete(name);
        current.link();
      }
    };
    return current.link.ready ? Object.assign(stop, { ready: current.link.ready }) : stop;
  }

  /** Closes sockets, aborts requests in flight and drops the cache. The client is unusable after. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#stopResync();
    this.quotes.dispose();
    this.stream.dispose();
    this.queries.dispose();
    this.#limiter.dispose();
  }
}

const isFill = (status: string | undefined) => status === 'Filled' || status === 'PartiallyFilled';

/**
 * One `GET /v1.0/streamers` answer lists both streamers, each with its own session id: the first
 * connection of each kind shares it, so a page opening both streamers discovers them once. A
 * kind asking again (a reconnect), or asking for a `fresh` answer, gets a new one.
 */
export function shareDiscovery(
  discover: () => Promise<StreamerAddresses>,
): (kind: StreamerKind, options?: { fresh?: boolean }) => Promise<StreamerAddresses> {
  let shared: { answer: Promise<StreamerAddresses>; unused: Set<StreamerKind> } | undefined;
  return (kind, options) => {
    if (shared?.unused.delete(kind) && !options?.fresh) return shared.answer;
    const answer = discover();
    shared = { answer, unused: new Set<StreamerKind>(kind === 'quote' ? ['data'] : ['quote']) };
    return answer;
  };
}
