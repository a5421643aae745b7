import type { ReactiveController } from 'lit';
import type { StreamQuote, AutoSharesClient } from '@autoshares/client';
import { equityQuery } from '@autoshares/client';
import type { Session } from '../session/session.ts';
import { constantLive, LiveValue, type Live } from '../live/live-value.ts';
import type { SessionHost } from './query-controller.ts';
import { isStale, onStreamStatus } from './stream-status.ts';

/** A security to quote: its internal id (preferred; the streamer keys quotes by id) or ticker. */
export type QuoteKey = number | string;

const NO_QUOTE: Live<StreamQuote | undefined> = constantLive(undefined);

/** The quote feeds of each host, so the host's shared views can tell it shows delayed quotes. */
const feedsOf = new WeakMap<object, Set<QuoteFeed>>();

/**
 * True when `host` streams quotes through a `QuoteFeed` (or `QuoteController`) and the quote
 * streamer sends them delayed (the user has not signed a market-data agreement): the host's
 * prices are not real time. The base element shows the "Delayed 15 min" badge from this.
 */
export function showsDelayedQuotes(host: object): boolean {
  for (const feed of feedsOf.get(host) ?? []) if (feed.delayed) return true;
  return false;
}

/** How long a security nobody shows any more stays subscribed (scrolling back costs nothing). */
const LINGER_MS = 3000;

export interface QuoteFeedOptions {
  /**
   * Called with the keys that changed, once per frame; the host may ask for a bounded-rate
   * update there (e.g. to re-sort by a live column).
   */
  onChange?: (keys: ReadonlySet<string>) => void;
  /**
   * Whether every wanted security must stream now (default: always). When it returns false, a
   * security streams only while its `quote(key)` is observed (a cell in view shows it), plus
   * a few seconds after: a 500-row list then streams the rows on screen, not all 500. Return
   * true while something needs every price, e.g. sorting by a live column.
   */
  streamAll?: () => boolean;
}

/**
 * Live quotes for a changing set of securities, like `QuoteController`, but a tick does NOT
 * re-render the host: each security's quote is a `Live` value (`quote(key)`) that cells
 * subscribe to (`liveCell` directive), so only the cells showing a changed security do work.
 *
 * The session's quote store notifies at most once per animation frame per security; the feed
 * then tells, once per frame (in a microtask after the store's frame callback), the listeners
 * of each changed security, then `onChange` with the keys that changed, where the host may ask
 * for a bounded-rate update (e.g. to re-sort by a live column). The host re-renders on its own
 * only when the quote streamer's status changes (`stale`) or its quotes turn delayed or real
 * time (`delayed`).
 */
export class QuoteFeed implements ReactiveController {
  readonly #values = new Map<string, LiveValue<StreamQuote | undefined>>();
  readonly #subscriptions = new Map<string, () => void>();
  readonly #changed = new Set<string>();
  #flushQueued = false;
  #client: AutoSharesClient | undefined;
  #offStatus: (() => void) | undefined;
  #offDelayed: (() => void) | undefined;
  #connected = false;
  /** Securities the host wants (streaming or not). */
  readonly #wanted = new Set<string>();
  /** Pending unsubscribes of securities nobody shows any more. */
  readonly #lingering = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #onChange: QuoteFeedOptions['onChange'];
  readonly #streamAll: () => boolean;

  constructor(
    private readonly host: SessionHost,
    private readonly keys: (session: Session) => readonly QuoteKey[],
    options: QuoteFeedOptions | QuoteFeedOptions['onChange'] = {},
  ) {
    const { onChange, streamAll } = typeof options === 'function' ? { onChange: options } : options;
    this.#onChange = onChange;
    this.#streamAll = streamAll ?? (() => true);
    host.addController(this);
    let feeds = feedsOf.get(host);
    if (!feeds) feedsOf.set(host, (feeds = new Set()));
    feeds.add(this);
  }

  /** The latest quote of a security, if one has arrived. */
  get(key: QuoteKey | null | undefined): StreamQuote | undefined {
    return key == null ? undefined : this.#values.get(String(key))?.value;
  }

  /** A security's quote as a live value (stable object per security while it is wanted). */
  quote(key: QuoteKey | null | undefined): Live<StreamQuote | undefined> {
    if (key == null) return NO_QUOTE;
    const id = String(key);
    let value = this.#values.get(id);
    if (!value) {
      value = new LiveValue<StreamQuote | undefined>(undefined, (observed) =>
        this.#observedChanged(id, observed),
      );
      this.#values.set(id, value);
    }
    return value;
  }

  /** Number of securities streaming now (for tests and benchmarks). */
  get streaming(): number {
    return this.#subscriptions.size;
  }

  /**
   * True while quotes stream delayed (the quote streamer's `Type` is `Delayed`: a market-data
   * agreement is not signed). The host re-renders when it changes.
   */
  get delayed(): boolean {
    return this.#subscriptions.size > 0 && this.#client?.stream.delayed('quote') === true;
  }

  /** True while the quote streamer is reconnecting (prices on screen may be old). */
  get stale(): boolean {
    return this.#subscriptions.size > 0 && isStale(this.#client, 'quote');
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#setClient(undefined);
  }

  #sync(): void {
    const session = this.host.session;
    const client = session?.client;
    if (client !== this.#client) this.#setClient(client);
    if (!this.#client) return;
    this.#wanted.clear();
    if (this.#connected && session?.authState === 'signed-in')
      for (const key of this.keys(session)) this.#wanted.add(String(key));
    for (const key of [...this.#values.keys()]) {
      if (this.#wanted.has(key)) continue;
      this.#unsubscribe(key);
      this.#values.get(key)?.set(undefined);
      this.#values.delete(key);
      this.#changed.delete(key);
    }
    const all = this.#streamAll();
    for (const key of this.#wanted) {
      const value = this.quote(key) as LiveValue<StreamQuote | undefined>;
      if (all || value.observed) this.#subscribe(key);
      else if (this.#subscriptions.has(key)) this.#linger(key);
    }
  }

  #observedChanged(key: string, observed: boolean): void {
    if (!this.#wanted.has(key) || this.#streamAll()) return;
    if (observed) this.#subscribe(key);
    else this.#linger(key);
  }

  #subscribe(key: string): void {
    clearTimeout(this.#lingering.get(key));
    this.#lingering.delete(key);
    if (this.#subscriptions.has(key) || !this.#client) return;
    const value = this.quote(key) as LiveValue<StreamQuote | undefined>;
    const listen = (id: number) => {
      const store = this.#client!.quotes;
      value.set(store.get(id) ?? value.value);
      return store.subscribe(id, (quote: StreamQuote) => {
        value.set(quote);
        this.#changed.add(key);
        this.#queueFlush();
      });
    };
    this.#subscriptions.set(
      key,
      /^\d+$/.test(key) ? listen(Number(key)) : this.#byTicker(key, listen),
    );
  }

  /**
   * Streams a ticker once its SecurityId is known, looked up through the shared equity query:
   * a lookup that fails for a passing reason is retried by the query cache (with backoff, while
   * subscribed), so the quote streams once the API answers again. Returns the stop.
   */
  #byTicker(ticker: string, listen: (id: number) => () => void): () => void {
    const client = this.#client!;
    let stopQuote: (() => void) | undefined;
    const stopLookup = client.queries.subscribe(equityQuery(client, ticker), (state) => {
      const id = state.data?.Id;
      if (!stopQuote && typeof id === 'number') stopQuote = listen(id);
    });
    return () => {
      stopLookup();
      stopQuote?.();
    };
  }

  /** Stops streaming `key` a little later, unless it is shown again meanwhile. */
  #linger(key: string): void {
    if (this.#lingering.has(key)) return;
    this.#lingering.set(
      key,
      setTimeout(() => {
        this.#lingering.delete(key);
        const value = this.#values.get(key);
        if (!value?.observed && !this.#streamAll()) this.#unsubscribe(key);
      }, LINGER_MS),
    );
  }

  #unsubscribe(key: string): void {
    clearTimeout(this.#lingering.get(key));
    this.#lingering.delete(key);
    this.#subscriptions.get(key)?.();
    this.#subscriptions.delete(key);
  }

  #queueFlush(): void {
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    // after the store's flush has handed over every security that ticked this frame
    queueMicrotask(() => this.#flush());
  }

  #flush(): void {
    this.#flushQueued = false;
    if (this.#changed.size === 0) return;
    const keys = new Set(this.#changed);
    this.#changed.clear();
    for (const key of keys) this.#values.get(key)?.notify();
    this.#onChange?.(keys);
  }

  #setClient(client: AutoSharesClient | undefined): void {
    for (const key of [...this.#subscriptions.keys()]) this.#unsubscribe(key);
    for (const timer of this.#lingering.values()) clearTimeout(timer);
    this.#lingering.clear();
    for (const value of this.#values.values()) value.set(undefined);
    this.#values.clear();
    this.#changed.clear();
    this.#offStatus?.();
    this.#offDelayed?.();
    this.#offStatus = this.#offDelayed = undefined;
    this.#client = client;
    if (client) {
      this.#offStatus = onStreamStatus(client, (kind) => {
        if (kind === 'quote') this.host.requestUpdate();
      });
      this.#offDelayed = client.stream.onDelayed((kind) => {
        if (kind === 'quote') this.host.requestUpdate();
      });
    }
  }
}
