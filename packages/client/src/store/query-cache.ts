/**
 * The session's shared query cache: every widget of a client asks here, so ten widgets showing
 * the same resource cost one request.
 *
 * - key → entry; the same key in flight is ONE request, however many subscribers or `fetch()`
 *   callers ask;
 * - subscribers get `{ data, error, status, stale, fetching, updatedAt }` snapshots;
 * - stale-while-revalidate: data older than the entry's `staleTimeMs`, or invalidated, stays
 *   visible (`stale: true`) while a background fetch replaces it;
 * - `invalidate(prefix)` marks every key starting with `prefix` stale (`{ exact: true }`: that key
 *   alone) and refetches those with subscribers (stream events and the client's writes call it);
 * - ref-counted: an entry nobody subscribes to is dropped `gcTimeMs` later; when the last
 *   subscriber leaves during a fetch, the fetch's AbortSignal fires;
 * - subscribe, then fetch: a key whose `live` hook reports `ready` (its stream subscriptions
 *   acknowledged) fetches after that, so no change falls between the snapshot and the stream;
 *   if the hook takes longer than `liveWaitMs`, the key fetches anyway and once more when ready;
 * - recovery: a key with subscribers whose fetch failed for a passing reason (network, timeout,
 *   429, 5xx) is fetched again by itself, with capped, jittered backoff (never before
 *   `Retry-After`), paused while the page is hidden or offline and at once when it is back
 *   (see `recovery.ts`); its last good data stays visible meanwhile (`stale`, with the error).
 */
import { AutoSharesError, isAutoSharesError } from '../errors.ts';
import { isRecoverable, RecoveryPolicy, type RecoveryOptions } from './recovery.ts';

/** A cache key: a path of plain values, e.g. `['account', 123, 'orders', 'open']`. */
export type QueryKey = readonly (string | number | boolean | null)[];

export type QueryStatus = 'idle' | 'loading' | 'success' | 'error';

/** What a subscriber sees. A new object on every change. */
export interface QueryState<T> {
  data: T | undefined;
  error: AutoSharesError | undefined;
  /** `idle` (nothing asked yet), `loading` (first fetch), `success`, `error` (last fetch failed). */
  status: QueryStatus;
  /** Data is older than its freshness or was invalidated; a refetch is due or under way. */
  stale: boolean;
  /** A request is in flight (also during a background revalidation). */
  fetching: boolean;
  /** When `data` was fetched, epoch ms. */
  updatedAt: number | undefined;
  /**
   * After a failure that may pass by itself: when the cache fetches again unasked, epoch ms
   * (undefined while no retry is planned, e.g. the page is hidden or offline, or during it).
   */
  retryAt?: number;
  /**
   * The request in flight was refused with 429 and waits to try again until then, epoch ms
   * (undefined otherwise).
   */
  rateLimitedUntil?: number;
}

/**
 * Optional reports from a fetch about its request, for fetches that may wait client-side (the
 * client's rate limiter): until `onSent`, a change needs no second request, since the one
 * waiting will see it. Without them a request counts as sent when `fetch` is called.
 */
export interface FetchHooks {
  /** The request waits before leaving. */
  onQueued(): void;
  /** The request (its first attempt, or any later one) leaves now. */
  onSent(): void;
  /** An attempt was refused with 429; the next one waits `retryAfterMs`. */
  onRateLimited?(retryAfterMs: number): void;
}

/** How to fetch one resource. */
export interface QueryDef<T> {
  key: QueryKey;
  fetch: (signal: AbortSignal, hooks: FetchHooks) => Promise<T>;
  /** How long fetched data counts as fresh (default: the cache's `defaultStaleTimeMs`). */
  staleTimeMs?: number;
  /**
   * Runs while the key has subscribers (started by the first, stopped by the last), e.g. a
   * stream subscription that invalidates or patches this key. Returns its stop function.
   */
  live?: () => LiveLink;
}

/**
 * What a `live` hook returns: its stop function, optionally carrying `ready`, which resolves
 * once the hook sees every change (e.g. the server acknowledged its stream subscriptions).
 */
export type LiveLink = (() => void) & { ready?: Promise<void> };

export type QueryListener<T> = (state: QueryState<T>) => void;

/** Which keys a key given to `invalidate` / `refetch` stands for. */
export interface KeyMatch {
  /** Only that very key, not the longer keys it is a prefix of (default false). */
  exact?: boolean;
}

export interface QueryCacheOptions {
  /** Default freshness (30 000 ms). */
  defaultStaleTimeMs?: number;
  /** How long an entry with no subscribers is kept (60 000 ms). */
  gcTimeMs?: number;
  /**
   * How long a key's first fetch waits for its `live` hook to be ready (500 ms): long enough for
   * a streamer to open on a good network, short enough not to hold up the first paint.
   */
  liveWaitMs?: number;
  /** Automatic retries after failures that may pass by themselves (backoff 1 s → 30 s). */
  recovery?: RecoveryOptions;
}

interface Entry {
  key: QueryKey;
  hash: string;
  def: QueryDef<unknown>;
  state: QueryState<unknown>;
  subscribers: Set<QueryListener<unknown>>;
  waiters: number;
  invalidated: boolean;
  refetchWhenDone: boolean;
  controller?: AbortController;
  promise?: Promise<unknown>;
  gcTimer?: ReturnType<typeof setTimeout>;
  stopLive?: () => void;
  /** The live hook sees every change (no `ready`, or `ready` resolved). */
  liveReady: boolean;
  /** Resolves when the live hook becomes ready (while it is not). */
  whenLiveReady?: Promise<void>;
  /** A request was sent before the live hook was ready: fetch again once it is. */
  sentBeforeLive: boolean;
  /** The in-flight fetch has gone out (invalidating it now needs another fetch after it). */
  sent: boolean;
  staleTimer?: ReturnType<typeof setTimeout>;
  /** Failures in a row that may pass by themselves (drives the backoff). */
  failures: number;
  /** The planned automatic retry. */
  retryTimer?: ReturnType<typeof setTimeout>;
}

const INITIAL: QueryState<never> = {
  data: undefined,
  error: undefined,
  status: 'idle',
  stale: false,
  fetching: false,
  updatedAt: undefined,
};

/** While subscribed, stale data is refetched in the background at most this often. */
const MIN_REFRESH_MS = 1000;

const hashKey = (key: QueryKey): string => JSON.stringify(key);
const startsWith = (key: QueryKey, prefix: QueryKey): boolean =>
  prefix.length <= key.length && prefix.every((part, i) => key[i] === part);
const matches = (key: QueryKey, prefix: QueryKey, { exact = false }: KeyMatch): boolean =>
  startsWith(key, prefix) && (!exact || key.length === prefix.length);
const unref = (timer: ReturnType<typeof setTimeout>) => {
  (timer as { unref?: () => void }).unref?.();
  return timer;
};

export class QueryCache {
  readonly #entries = new Map<string, Entry>();
  readonly #defaultStaleTimeMs: number;
  readonly #gcTimeMs: number;
  readonly #liveWaitMs: number;
  readonly #recovery: RecoveryPolicy;
  #stopResume: (() => void) | undefined;
  #disposed = false;

  constructor(options: QueryCacheOptions = {}) {
    this.#defaultStaleTimeMs = options.defaultStaleTimeMs ?? 30_000;
    this.#gcTimeMs = options.gcTimeMs ?? 60_000;
    this.#liveWaitMs = options.liveWaitMs ?? 500;
    this.#recovery = new RecoveryPolicy(options.recovery);
  }

  /**
   * Subscribes to a resource: the listener is called now with the current state and on every
   * change; a fetch starts when there is no data or it is stale. Returns the unsubscribe.
   */
  subscribe<T>(def: QueryDef<T>, listener: QueryListener<T>): () => void {
    const entry = this.#entry(def);
    entry.subscribers.add(listener as QueryListener<unknown>);
    if (entry.subscribers.size === 1 && def.live && !entry.stopLive)
      this.#startLive(entry, def.live);
    clearTimeout(entry.gcTimer);
    entry.gcTimer = undefined;
    // Starting a fetch notifies every subscriber (this one included) with `loading`.
    if (!entry.state.fetching && (entry.state.status !== 'success' || this.#isStale(entry)))
      this.#start(entry);
    else this.#call(listener as QueryListener<unknown>, entry.state);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      entry.subscribers.delete(listener as QueryListener<unknown>);
      if (entry.subscribers.size === 0) this.#stopLive(entry);
      this.#release(entry);
    };
  }

  /** Resolves with fresh-enough data for `def`, joining a fetch in flight; rejects with its error. */
  async fetch<T>(def: QueryDef<T>): Promise<T> {
    const entry = this.#entry(def);
    if (entry.state.status === 'success' && !this.#isStale(entry) && !entry.state.fetching)
      return entry.state.data as T;
    entry.waiters++;
    clearTimeout(entry.gcTimer);
    try {
      if (!entry.promise) this.#start(entry);
      return (await entry.promise) as T;
    } finally {
      entry.waiters--;
      this.#release(entry);
    }
  }

  /** The current state of a key (`idle` if unknown). */
  getState<T>(key: QueryKey): QueryState<T> {
    return (this.#entries.get(hashKey(key))?.state ?? INITIAL) as QueryState<T>;
  }

  /** Replaces a key's data (e.g. a stream patch or an optimistic update); notifies subscribers. */
  setData<T>(key: QueryKey, data: T | ((previous: T | undefined) => T)): void {
    const entry = this.#entries.get(hashKey(key));
    if (!entry) return;
    const next =
      typeof data === 'function'
        ? (data as (p: T | undefined) => T)(entry.state.data as T | undefined)
        : data;
    entry.invalidated = false;
    this.#update(entry, {
      data: next,
      error: undefined,
      status: 'success',
      stale: false,
      updatedAt: Date.now(),
    });
    this.#armStaleTimer(entry);
  }

  /**
   * Marks every entry whose key starts with `prefix` stale; those with subscribers refetch now
   * (keeping their data visible meanwhile), the others on their next use. A key backing off
   * after a failure that may pass refetches at its planned retry instead, so a stream of
   * changes does not hammer a failing server.
   */
  invalidate(prefix: QueryKey = [], options: KeyMatch = {}): void {
    this.invalidateWhere((key) => matches(key, prefix, options));
  }

  /**
   * Like {@link invalidate}, but keys backing off after a failure fetch now too: what a user's
   * Retry does, or a change the user just made. A fetch in flight is joined (and repeated after,
   * if it had already gone out).
   */
  refetch(prefix: QueryKey = [], options: KeyMatch = {}): void {
    for (const entry of [...this.#entries.values()]) {
      if (matches(entry.key, prefix, options)) this.#invalidateEntry(entry, true);
    }
  }

  /** Like {@link invalidate}, for the entries a predicate picks (e.g. those that failed with `unauthorized`). */
  invalidateWhere(predicate: (key: QueryKey, state: QueryState<unknown>) => boolean): void {
    for (const entry of [...this.#entries.values()]) {
      if (predicate(entry.key, entry.state)) this.#invalidateEntry(entry);
    }
  }

  #invalidateEntry(entry: Entry, now = false): void {
    entry.invalidated = true;
    if (entry.state.fetching) {
      // A fetch not yet sent will see the change anyway: one request, however many invalidations.
      if (entry.sent) entry.refetchWhenDone = true;
      return;
    }
    if (entry.state.status !== 'idle') this.#update(entry, { stale: true });
    // backing off: the planned retry (or the return of the page) fetches the change
    if (!now && this.#backingOff(entry)) return;
    if (entry.subscribers.size > 0) this.#start(entry);
  }

  /** The key's last fetch failed for a passing reason and waits for its automatic retry. */
  #backingOff(entry: Entry): boolean {
    return entry.state.status === 'error' && entry.failures > 0 && entry.subscribers.size > 0;
  }

  /** Keys currently held (for tests and debugging). */
  keys(): QueryKey[] {
    return [...this.#entries.values()].map((e) => e.key);
  }

  /** Aborts every fetch and drops everything. */
  dispose(): void {
    this.#disposed = true;
    for (const entry of this.#entries.values()) {
      clearTimeout(entry.gcTimer);
      clearTimeout(entry.staleTimer);
      clearTimeout(entry.retryTimer);
      entry.controller?.abort();
      this.#stopLive(entry);
      entry.subscribers.clear();
    }
    this.#entries.clear();
    this.#stopResume?.();
    this.#stopResume = undefined;
  }

  // ---- internals --------------------------------------------------------------------

  #entry<T>(def: QueryDef<T>): Entry {
    if (this.#disposed)
      throw new AutoSharesError({ code: 'aborted', message: 'The client was disposed.' });
    const hash = hashKey(def.key);
    let entry = this.#entries.get(hash);
    if (!entry) {
      entry = {
        key: def.key,
        hash,
        def: def as QueryDef<unknown>,
        state: INITIAL,
        subscribers: new Set(),
        waiters: 0,
        invalidated: false,
        refetchWhenDone: false,
        liveReady: true,
        sentBeforeLive: false,
        sent: false,
        failures: 0,
      };
      this.#entries.set(hash, entry);
    } else {
      entry.def = def as QueryDef<unknown>;
    }
    return entry;
  }

  #staleTime(entry: Entry): number {
    return entry.def.staleTimeMs ?? this.#defaultStaleTimeMs;
  }

  #isStale(entry: Entry): boolean {
    if (entry.invalidated) return true;
    const at = entry.state.updatedAt;
    return at === undefined || Date.now() - at >= this.#staleTime(entry);
  }

  /**
   * Fetches the key now. A retry after a failure (`retrying`) keeps the failed state on view
   * (with `fetching`) instead of going back to `loading`, so nothing flickers while it runs.
   */
  #start(entry: Entry, retrying = false): void {
    if (entry.promise) return;
    this.#cancelRetry(entry, false);
    const controller = new AbortController();
    entry.controller = controller;
    entry.invalidated = false;
    entry.refetchWhenDone = false;
    entry.sent = false;
    const keep = entry.state.status === 'success' || (retrying && entry.state.status === 'error');
    this.#update(entry, {
      fetching: true,
      status: keep ? entry.state.status : 'loading',
      stale: entry.state.data !== undefined ? true : entry.state.stale,
      retryAt: undefined,
      rateLimitedUntil: undefined,
    });
    let promise: Promise<unknown> | undefined = undefined;
    const current = () => entry.promise === promise && promise !== undefined;
    promise = (async () => {
      await Promise.resolve();
      try {
        if (!entry.liveReady) await this.#waitForLive(entry, controller.signal);
        if (controller.signal.aborted) throw abortedError();
        let left = false;
        const hooks: FetchHooks = {
          onQueued: () => {
            if (!left && current()) entry.sent = false;
          },
          onSent: () => {
            left = true;
            if (current()) entry.sent = true;
          },
          onRateLimited: (retryAfterMs) => {
            if (current()) this.#update(entry, { rateLimitedUntil: Date.now() + retryAfterMs });
          },
        };
        if (current()) {
          entry.sent = true;
          if (!entry.liveReady) entry.sentBeforeLive = true;
        }
        const data = await entry.def.fetch(controller.signal, hooks);
        if (controller.signal.aborted) throw abortedError();
        if (current()) {
          entry.failures = 0;
          this.#update(entry, {
            data,
            error: undefined,
            status: 'success',
            stale: false,
            fetching: false,
            rateLimitedUntil: undefined,
            updatedAt: Date.now(),
          });
          this.#armStaleTimer(entry);
        }
        return data;
      } catch (error) {
        const failure = isAutoSharesError(error)
          ? error
          : new AutoSharesError({ code: 'network', cause: error });
        // An aborted fetch was already detached by release(); a superseded one changes nothing.
        if (current() && !controller.signal.aborted) {
          this.#update(entry, {
            error: failure,
            status: 'error',
            fetching: false,
            rateLimitedUntil: undefined,
            stale: entry.state.data !== undefined,
          });
          if (isRecoverable(failure)) {
            // back off, also when a change came meanwhile: the retry fetches it
            entry.failures++;
            entry.refetchWhenDone = false;
            this.#planRetry(entry, failure);
          } else entry.failures = 0;
        }
        throw failure;
      } finally {
        if (current()) {
          entry.promise = undefined;
          entry.controller = undefined;
          if (entry.refetchWhenDone && entry.subscribers.size > 0 && !this.#disposed) {
            entry.invalidated = true;
            this.#start(entry);
          }
        }
      }
    })();
    entry.promise = promise;
    promise.catch(() => undefined);
  }

  #armStaleTimer(entry: Entry): void {
    clearTimeout(entry.staleTimer);
    const ms = this.#staleTime(entry);
    // 0 = "always revalidate on use" (no timer); very short freshness is not a polling loop.
    if (!Number.isFinite(ms) || ms <= 0) return;
    entry.staleTimer = unref(
      setTimeout(
        () => {
          if (entry.state.fetching || this.#entries.get(entry.hash) !== entry) return;
          this.#update(entry, { stale: true });
          if (entry.subscribers.size > 0) this.#start(entry);
        },
        Math.max(ms, MIN_REFRESH_MS),
      ),
    );
  }

  #release(entry: Entry): void {
    if (entry.subscribers.size > 0) return;
    this.#cancelRetry(entry);
    if (entry.waiters > 0) return;
    if (entry.state.fetching && entry.controller) {
      // Nobody is listening any more: cancel, and go back to what we had, without an error.
      const controller = entry.controller;
      entry.promise = undefined;
      entry.controller = undefined;
      controller.abort();
      this.#update(entry, {
        fetching: false,
        rateLimitedUntil: undefined,
        status: entry.state.data === undefined ? 'idle' : 'success',
      });
    }
    clearTimeout(entry.gcTimer);
    entry.gcTimer = unref(
      setTimeout(() => {
        if (
          entry.subscribers.size === 0 &&
          entry.waiters === 0 &&
          this.#entries.get(entry.hash) === entry
        ) {
          clearTimeout(entry.staleTimer);
          this.#entries.delete(entry.hash);
        }
      }, this.#gcTimeMs),
    );
  }

  /** Plans the automatic retry of a key that failed for a passing reason, while it has subscribers. */
  #planRetry(entry: Entry, error: AutoSharesError): void {
    if (entry.subscribers.size === 0 || this.#disposed) return;
    this.#stopResume ??= this.#recovery.signals.onResume(() => this.#resume());
    const delay = this.#recovery.delay(entry.failures, error);
    entry.retryTimer = unref(setTimeout(() => this.#retryNow(entry), delay));
    this.#update(entry, { retryAt: Date.now() + delay });
  }

  /** The planned retry is due: fetch, unless the page is hidden or offline (then `resume` will). */
  #retryNow(entry: Entry): void {
    entry.retryTimer = undefined;
    if (this.#entries.get(entry.hash) !== entry || entry.subscribers.size === 0) return;
    if (!this.#recovery.signals.canRetry()) {
      this.#update(entry, { retryAt: undefined });
      return;
    }
    this.#start(entry, true);
  }

  /** Back online, or the page is shown again: every failed key with subscribers fetches now. */
  #resume(): void {
    if (this.#disposed || !this.#recovery.signals.canRetry()) return;
    for (const entry of [...this.#entries.values()]) {
      if (entry.state.status !== 'error' || entry.state.fetching) continue;
      if (entry.subscribers.size === 0 || !entry.state.error || !isRecoverable(entry.state.error))
        continue;
      entry.failures = 0;
      this.#start(entry, true);
    }
  }

  /** Drops the planned retry (a fetch starts anyway, or nobody subscribes any more). */
  #cancelRetry(entry: Entry, notify = true): void {
    if (entry.retryTimer === undefined) return;
    clearTimeout(entry.retryTimer);
    entry.retryTimer = undefined;
    if (notify && entry.state.retryAt !== undefined) this.#update(entry, { retryAt: undefined });
  }

  #update(entry: Entry, patch: Partial<QueryState<unknown>>): void {
    entry.state = { ...entry.state, ...patch };
    for (const listener of [...entry.subscribers]) this.#call(listener, entry.state);
  }

  #call(listener: QueryListener<unknown>, state: QueryState<unknown>): void {
    try {
      listener(state);
    } catch (error) {
      this.#report(error);
    }
  }

  /** Starts the key's live hook; once it is ready, refetches if a request went out before. */
  #startLive(entry: Entry, live: () => LiveLink): void {
    let link: LiveLink;
    try {
      link = live();
    } catch (error) {
      this.#report(error);
      return;
    }
    entry.stopLive = link;
    if (!link.ready) return;
    entry.liveReady = false;
    entry.sentBeforeLive = false;
    entry.whenLiveReady = link.ready.then(() => {
      if (entry.stopLive !== link) return; // stopped (or replaced) meanwhile
      entry.liveReady = true;
      entry.whenLiveReady = undefined;
      if (entry.sentBeforeLive && !this.#disposed) {
        entry.sentBeforeLive = false;
        this.#invalidateEntry(entry);
      }
    });
    entry.whenLiveReady.catch((error: unknown) => this.#report(error));
  }

  /** Waits until the live hook is ready, `liveWaitMs` passed, or the fetch was aborted. */
  #waitForLive(entry: Entry, signal: AbortSignal): Promise<void> {
    const ready = entry.whenLiveReady;
    if (!ready || this.#liveWaitMs <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, this.#liveWaitMs);
      signal.addEventListener('abort', done);
      void ready.then(done, done);
    });
  }

  #stopLive(entry: Entry): void {
    const stop = entry.stopLive;
    entry.stopLive = undefined;
    entry.liveReady = true;
    entry.whenLiveReady = undefined;
    entry.sentBeforeLive = false;
    try {
      stop?.();
    } catch (error) {
      this.#report(error);
    }
  }

  /** A broken listener or live hook must not break the others or the fetch. */
  #report(error: unknown): void {
    const report = (globalThis as { reportError?: (e: unknown) => void }).reportError;
    if (report) report(error);
    else console.error(error);
  }
}

function abortedError(): AutoSharesError {
  return new AutoSharesError({ code: 'aborted' });
}
