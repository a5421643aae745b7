/**
 * The page's streaming hub: one connection per streamer (quote, data), shared by every store
 * and element, with reference-counted subscriptions. N listeners on one entity + key cost one
 * Subscribe; the last one leaving sends one Unsubscribe. A streamer's socket opens on its first
 * subscription and closes a grace period after its last one leaves.
 */
import {
  StreamerConnection,
  type StreamerServices,
  type StreamerTuning,
  type StreamStatus,
} from './connection.ts';
import {
  streamerFor,
  type StreamEntity,
  type StreamerKind,
  type StreamMessage,
  type StreamPayloads,
} from './stream-types.ts';
import { reportListenerError } from './report-error.ts';
import { QuoteMessage } from './frames.ts';
import type { RawFields } from './coerce.ts';

/** Options: the REST services the streamers need, plus tuning. */
export interface StreamingClientOptions extends StreamerServices, StreamerTuning {
  /** Delay between the last unsubscribe on a streamer and closing its socket. Default 5000 ms. */
  idleCloseMs?: number;
}

/** Receives the parsed payloads of one entity + key. */
export type StreamListener<E extends StreamEntity> = (data: StreamPayloads[E]) => void;

/**
 * Receives a security's `Quote` messages as received: field name → string value (api-reference
 * §12.3), to convert with `convertQuote` (`streaming/frames.ts`). The object is shared: never
 * modify it.
 */
export type RawQuoteListener = (fields: RawFields) => void;

/** One listener: of converted payloads, or of raw quote fields. */
interface Entry {
  readonly listener: (value: never) => void;
  readonly raw: boolean;
}

const SEP = '\u0000';
const KINDS: readonly StreamerKind[] = ['quote', 'data'];

/**
 * Live ETNA stream subscriptions over at most two WebSockets.
 *
 * @example
 * const streaming = new StreamingClient({ discover, recover, userId });
 * const stop = streaming.subscribe('Order', accountId, (order) => render(order));
 * streaming.onResync((kind) => kind === 'data' && refetchOrders());
 * stop();
 */
export class StreamingClient {
  #connections: Record<StreamerKind, StreamerConnection>;
  #listeners = new Map<string, Set<Entry>>();
  #idleTimers = new Map<StreamerKind, ReturnType<typeof setTimeout>>();
  #statusListeners = new Set<(kind: StreamerKind, status: StreamStatus) => void>();
  #resyncListeners = new Set<(kind: StreamerKind) => void>();
  #rejectedListeners = new Set<(entity: StreamEntity, key: string, message: string) => void>();
  #delayedListeners = new Set<(kind: StreamerKind, delayed: boolean) => void>();
  /** Callers of `whenSubscribed` waiting for the server's acknowledgement, by entity + key. */
  #ackWaiters = new Map<string, Set<() => void>>();
  #idleCloseMs: number;
  #disposed = false;
  #stopOnline: (() => void) | undefined;

  constructor(options: StreamingClientOptions) {
    this.#idleCloseMs = options.idleCloseMs ?? 5000;
    const make = (kind: StreamerKind) =>
      new StreamerConnection(
        kind,
        options,
        {
          message: (message) => this.#dispatch(message),
          status: (status) => this.#emit(this.#statusListeners, kind, status),
          resync: () => this.#emit(this.#resyncListeners, kind),
          subscribed: (entity, keys) => {
            for (const key of keys) this.#acknowledged(entity + SEP + key);
          },
          rejected: (entity, keys, message) => {
            for (const key of keys) this.#emit(this.#rejectedListeners, entity, key, message);
          },
          delayed: (delayed) => this.#emit(this.#delayedListeners, kind, delayed),
        },
        options,
      );
    this.#connections = { quote: make('quote'), data: make('data') };
    // In browsers, a network that comes back is a reason to stop waiting out the backoff.
    const target = globalThis as { addEventListener?: typeof addEventListener };
    if (typeof target.addEventListener === 'function') {
      const online = () => this.reconnectNow();
      target.addEventListener('online', online);
      this.#stopOnline = () => globalThis.removeEventListener('online', online);
    }
  }

  /**
   * Reconnects any streamer waiting out its backoff right away (a "retry now" button; also done
   * automatically on the browser's `online` event).
   */
  reconnectNow(): void {
    for (const kind of KINDS) this.#connections[kind].retryNow();
  }

  /**
   * Listens to `entity` messages for `key` (SecurityId for quotes; accountId for orders,
   * positions and balances; userId for watchlists, alerts and user balance; watchlistId for
   * watchlist content). Returns a function that stops listening (safe to call twice).
   */
  subscribe<E extends StreamEntity>(
    entity: E,
    key: string | number,
    listener: StreamListener<E>,
  ): () => void {
    return this.#add(entity, key, { listener: listener as (value: never) => void, raw: false });
  }

  /**
   * Listens to the `Quote` messages of a security (SecurityId) with their fields as received,
   * unconverted, sharing the subscription with `subscribe('Quote', …)`. For a reader that keeps
   * only the latest of many messages and converts that (`convertQuote`), as the quote store
   * does once per frame. Returns a function that stops listening (safe to call twice).
   */
  subscribeRawQuotes(key: string | number, listener: RawQuoteListener): () => void {
    return this.#add('Quote', key, { listener: listener as (value: never) => void, raw: true });
  }

  /** `entry` is a new object per call, so the same function subscribed twice counts twice. */
  #add(entity: StreamEntity, key: string | number, entry: Entry): () => void {
    if (this.#disposed) throw new Error('StreamingClient is disposed');
    const keyText = String(key);
    const id = entity + SEP + keyText;
    const kind = streamerFor(entity);
    const connection = this.#connections[kind];
    let set = this.#listeners.get(id);
    if (!set) {
      set = new Set();
      this.#listeners.set(id, set);
      connection.add(entity, keyText);
    }
    set.add(entry);
    clearTimeout(this.#idleTimers.get(kind));
    this.#idleTimers.delete(kind);
    connection.start();

    let active = true;
    return () => {
      if (!active) return;
      active = false;
      const current = this.#listeners.get(id);
      if (!current?.delete(entry) || current.size > 0) return;
      this.#listeners.delete(id);
      this.#ackWaiters.delete(id);
      connection.remove(entity, keyText);
      if (connection.size === 0 && !this.#disposed) this.#scheduleIdleClose(kind);
    };
  }

  /**
   * Resolves once the server has acknowledged the subscription to `entity` + `key` (at once if
   * it already has): from then on no change of it goes unseen, so REST state fetched after this
   * is complete. Stays pending while the subscription is not (yet) wanted or the link is down.
   */
  whenSubscribed(entity: StreamEntity, key: string | number): Promise<void> {
    const keyText = String(key);
    if (this.#connections[streamerFor(entity)].isSubscribed(entity, keyText))
      return Promise.resolve();
    const id = entity + SEP + keyText;
    return new Promise((resolve) => {
      let waiters = this.#ackWaiters.get(id);
      if (!waiters) this.#ackWaiters.set(id, (waiters = new Set()));
      waiters.add(resolve);
    });
  }

  #acknowledged(id: string): void {
    const waiters = this.#ackWaiters.get(id);
    if (!waiters) return;
    this.#ackWaiters.delete(id);
    for (const resolve of waiters) resolve();
  }

  /** Status of one streamer's link. */
  status(kind: StreamerKind): StreamStatus {
    return this.#connections[kind].status;
  }

  /** Called on every status change of either streamer. Returns an unsubscribe function. */
  onStatus(listener: (kind: StreamerKind, status: StreamStatus) => void): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  /**
   * Called after a streamer reconnected and resubscribed following a gap: messages may have
   * been missed, so refetch REST state. Returns an unsubscribe function.
   */
  onResync(listener: (kind: StreamerKind) => void): () => void {
    this.#resyncListeners.add(listener);
    return () => this.#resyncListeners.delete(listener);
  }

  /**
   * Called when the server refuses a subscription (unknown id, not entitled, …): listeners on
   * that entity + key will get no data. Returns an unsubscribe function.
   */
  onRejected(listener: (entity: StreamEntity, key: string, message: string) => void): () => void {
    this.#rejectedListeners.add(listener);
    return () => this.#rejectedListeners.delete(listener);
  }

  /**
   * True when the streamer sends delayed data: for `quote`, the user has not signed a
   * market-data agreement (`/streamers` gives the quote streamer `Type: "Delayed"`, and quotes
   * come 15 minutes late). Known once the streamer was discovered (its first subscription).
   */
  delayed(kind: StreamerKind): boolean {
    return this.#connections[kind].delayed;
  }

  /** Called when a streamer's `delayed` changes. Returns an unsubscribe function. */
  onDelayed(listener: (kind: StreamerKind, delayed: boolean) => void): () => void {
    this.#delayedListeners.add(listener);
    return () => this.#delayedListeners.delete(listener);
  }

  /**
   * Asks the server again how the streamer delivers (after signing an agreement): `delayed`
   * follows, and a link in use is renewed when it changed (no reload needed).
   */
  refreshDelivery(kind: StreamerKind = 'quote'): Promise<void> {
    if (this.#disposed) return Promise.resolve();
    return this.#connections[kind].refreshDelivery();
  }

  /** How many malformed or wrongly shaped messages a streamer has dropped. */
  droppedMessages(kind: StreamerKind): number {
    return this.#connections[kind].droppedMessages;
  }

  /** Closes both sockets for good and forgets every listener. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#stopOnline?.();
    for (const timer of this.#idleTimers.values()) clearTimeout(timer);
    this.#idleTimers.clear();
    this.#listeners.clear();
    for (const kind of KINDS) this.#connections[kind].stop('closed');
    this.#statusListeners.clear();
    this.#resyncListeners.clear();
    this.#rejectedListeners.clear();
    this.#delayedListeners.clear();
    this.#ackWaiters.clear();
  }

  #scheduleIdleClose(kind: StreamerKind): void {
    clearTimeout(this.#idleTimers.get(kind));
    this.#idleTimers.set(
      kind,
      setTimeout(() => {
        this.#idleTimers.delete(kind);
        const connection = this.#connections[kind];
        if (connection.size === 0) connection.stop('idle');
      }, this.#idleCloseMs),
    );
  }

  #dispatch(message: StreamMessage): void {
    const set = this.#listeners.get(message.entity + SEP + message.key);
    if (!set) return;
    for (const entry of [...set]) {
      if (!set.has(entry)) continue; // removed by an earlier listener of this message
      try {
        if (!entry.raw) entry.listener(message.data as never);
        else if (message instanceof QuoteMessage) entry.listener(message.raw as never);
      } catch (error) {
        reportListenerError(error);
      }
    }
  }

  #emit<A extends unknown[]>(listeners: Set<(...args: A) => void>, ...args: A): void {
    for (const listener of [...listeners]) {
      try {
        listener(...args);
      } catch (error) {
        reportListenerError(error);
      }
    }
  }
}
