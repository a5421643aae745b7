import type { ReactiveController } from 'lit';
import type { QueryDef, QueryState, AutoSharesClient } from '@autoshares/client';
import type { Session } from '../session/session.ts';
import type { StateSource } from './state-source.ts';

/** A host that knows its session (every `AutoSharesElement`). */
export interface SessionHost {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  readonly session: Session | undefined;
}

/**
 * Which query to run for the current session and host state, or null when none should run
 * (e.g. no account selected yet). Prefer the client's shared definitions
 * (`watchlistsQuery(session.client)`, `positionsQuery(session.client, accountId)`, …): same
 * key, one request for every element, and their stream hooks keep the data live.
 */
export type QuerySelector<T> = (session: Session) => QueryDef<T> | null;

/** How a {@link QueryController} runs. */
export interface QueryOptions {
  /** See the constructor. */
  keepPreviousWithin?: () => unknown;
  /**
   * Run only while signed in to AutoShares (default true). False for another provider's data
   * (`session.providers[name].query(…)`), which has its own sign-in.
   */
  requiresSignIn?: boolean;
}

/**
 * Subscribes the host to one query of the session client's query cache and re-renders it on
 * every change. The selector is re-read before each render, so a changed attribute
 * (`watchlist-id`, `account-id`) switches queries by itself. Runs only while signed in.
 * A failure that may pass by itself (network, timeout, 429, 5xx) is retried by the cache
 * unasked while subscribed (`retryAt` says when); `refresh()` retries at once.
 *
 * @example
 * private lists = new QueryController(this, (s) => watchlistsQuery(s.client));
 * render() { return this.renderState({ sources: [this.lists] }) ?? html`${this.lists.data…}`; }
 */
export class QueryController<T> implements ReactiveController, StateSource {
  status: QueryState<T>['status'] = 'idle';
  data: T | undefined;
  error: unknown;
  /** Data shown is old (invalidated or past its freshness) and being refetched. */
  stale = false;
  /** A request is in flight (also a background refetch). */
  fetching = false;
  /** After a failure that may pass by itself: when the client retries unasked, epoch ms. */
  retryAt: number | undefined;
  /** The request in flight was refused with 429 and waits until then to try again, epoch ms. */
  rateLimitedUntil: number | undefined;

  /** `data` is the previous key's, shown while this key's first answer is awaited. */
  #placeholder = false;
  /** What `keepPreviousWithin` returned for the current key. */
  #within: unknown;
  #keyText: string | null = null;
  #client: AutoSharesClient | undefined;
  #def: QueryDef<T> | null = null;
  #stop: (() => void) | undefined;
  #connected = false;

  /**
   * With `keepPreviousWithin`, a changed key keeps showing the previous key's data, with
   * `fetching` set, until the new key answers, as long as the value `keepPreviousWithin()`
   * returns is unchanged (e.g. the same underlying, another expiration): the view does not fall
   * back to its loading skeleton on every switch, yet never shows one symbol's data under
   * another. A failure still shows.
   */
  constructor(
    private readonly host: SessionHost,
    private readonly select: QuerySelector<T>,
    private readonly options: QueryOptions = {},
  ) {
    host.addController(this);
  }

  get hasData(): boolean {
    return this.data !== undefined;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe();
    this.#keyText = null;
    this.#client = undefined;
  }

  hostUpdate(): void {
    this.#sync();
  }

  /** Fetch again now, also while backing off after a failure (the Retry button, or after a change made here). */
  refresh(): void {
    if (this.#client && this.#def) this.#client.queries.refetch(this.#def.key);
  }

  #current(): QueryDef<T> | null {
    const session = this.host.session;
    if (!session) return null;
    if (this.options.requiresSignIn !== false && session.authState !== 'signed-in') return null;
    return this.select(session);
  }

  /** Re-subscribe when the client or the key changed. */
  #sync(): void {
    if (!this.#connected) return;
    const client = this.host.session?.client;
    const def = this.#current();
    const keyText = def ? JSON.stringify(def.key) : null;
    if (keyText === this.#keyText && client === this.#client) return;
    const within = this.options.keepPreviousWithin?.();
    const keep =
      this.options.keepPreviousWithin && def && client === this.#client && within === this.#within;
    const previous = keep ? this.data : undefined;
    this.#within = within;
    this.#unsubscribe();
    this.#keyText = keyText;
    this.#client = client;
    this.#def = def;
    this.data = previous;
    this.#placeholder = previous !== undefined;
    this.error = undefined;
    this.stale = false;
    this.fetching = this.#placeholder;
    this.retryAt = this.rateLimitedUntil = undefined;
    this.status = def && client ? 'loading' : 'idle';
    if (!def || !client) return;
    this.#stop = client.queries.subscribe(def, (snapshot: QueryState<T>) => this.#apply(snapshot));
  }

  #apply(snapshot: QueryState<T>): void {
    this.status = snapshot.status;
    const waiting = snapshot.data === undefined && snapshot.status !== 'error';
    this.#placeholder &&= waiting;
    if (!this.#placeholder) this.data = snapshot.data;
    this.error = snapshot.error;
    this.stale = snapshot.stale;
    this.fetching = snapshot.fetching;
    this.retryAt = snapshot.retryAt;
    this.rateLimitedUntil = snapshot.rateLimitedUntil;
    this.host.requestUpdate();
  }

  #unsubscribe(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}
