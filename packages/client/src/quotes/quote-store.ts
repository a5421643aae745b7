/**
 * Live quotes keyed by SecurityId, shared by every element on the page.
 *
 * One stream subscription per security however many listeners (through `StreamingClient`'s
 * reference counting); listeners are notified at most once per animation frame with the latest
 * merged quote, however fast ticks arrive. A tick is kept as received (strings) until the
 * frame: then each field's latest value is converted once, so the ticks a later one replaces
 * within the frame cost no conversion. `coalesce: false` notifies on every tick instead (the
 * baseline for benchmarks).
 */
import type { StreamingClient } from '../streaming/streaming-client.ts';
import type { StreamQuote } from '../streaming/stream-types.ts';
import type { RawFields } from '../streaming/coerce.ts';
import { convertQuote } from '../streaming/frames.ts';
import { defaultFrameScheduler, type FrameScheduler } from './frame-scheduler.ts';
import { SymbolResolver } from './symbol-resolver.ts';
import { reportListenerError } from '../streaming/report-error.ts';

/** Receives the latest quote of a security. */
export type QuoteListener = (quote: StreamQuote) => void;

export interface QuoteStoreOptions {
  /** The page's streaming client (only `subscribeRawQuotes` is used). */
  streaming: Pick<StreamingClient, 'subscribeRawQuotes'>;
  /** Ticker → SecurityId (e.g. `GET /v1.0/equities/{symbol}` → `Id`); cached by the store. */
  resolve: (symbol: string) => Promise<number>;
  /** Frame scheduler; `requestAnimationFrame` in browsers, a 16 ms timer in Node by default. */
  scheduleFrame?: FrameScheduler;
  /** Notify once per frame with the latest value (default `true`), or on every tick (`false`). */
  coalesce?: boolean;
}

interface Entry {
  readonly listener: QuoteListener;
}

interface Security {
  readonly entries: Set<Entry>;
  readonly stop: () => void;
}

/** A security's ticks since the last frame: as received, after what older ones converted to. */
interface Pending {
  /** Ticks older than `raws`, converted and merged (when many arrived without a frame). */
  converted: Partial<StreamQuote> | undefined;
  raws: RawFields[];
}

/**
 * Ticks kept unconverted per security between frames, at most: a page whose frames stop (a
 * hidden tab) converts every this many instead of keeping them all.
 */
const MAX_PENDING = 32;

/** Per-frame coalesced live quotes. */
export class QuoteStore {
  #streaming: Pick<StreamingClient, 'subscribeRawQuotes'>;
  #resolver: SymbolResolver;
  #scheduleFrame: FrameScheduler;
  #coalesce: boolean;

  #quotes = new Map<number, StreamQuote>();
  #securities = new Map<number, Security>();
  /** Securities that ticked since the last frame, with their ticks. */
  #dirty = new Map<number, Pending>();
  /** Listeners that joined while a quote was already known: they get it next frame. */
  #joined = new Map<Entry, number>();
  #cancelFrame: (() => void) | undefined;
  #disposed = false;

  constructor(options: QuoteStoreOptions) {
    this.#streaming = options.streaming;
    this.#resolver = new SymbolResolver(options.resolve);
    this.#scheduleFrame = options.scheduleFrame ?? defaultFrameScheduler;
    this.#coalesce = options.coalesce ?? true;
  }

  /**
   * Listens to live quotes of a security, by SecurityId (number) or ticker (string, resolved
   * once and cached). A quote already known reaches a new listener on the next frame.
   * `onError` hears a failed ticker lookup. Returns a function that stops listening.
   */
  subscribe(
    symbolOrId: string | number,
    listener: QuoteListener,
    onError?: (error: unknown) => void,
  ): () => void {
    if (this.#disposed) throw new Error('QuoteStore is disposed');
    const entry: Entry = { listener };
    let active = true;
    let attachedTo: number | undefined;
    const attach = (id: number) => {
      if (!active || this.#disposed) return;
      attachedTo = id;
      this.#attach(id, entry);
    };
    if (typeof symbolOrId === 'number') attach(symbolOrId);
    else {
      this.#resolver.resolve(symbolOrId).then(attach, (error: unknown) => {
        if (active) onError?.(error);
      });
    }
    return () => {
      if (!active) return;
      active = false;
      if (attachedTo !== undefined) this.#detach(attachedTo, entry);
    };
  }

  /**
   * The quote of a security as last published to listeners (at the latest frame), if one is
   * subscribed and has arrived.
   */
  get(id: number): StreamQuote | undefined {
    return this.#quotes.get(id);
  }

  /** The SecurityId of a ticker (cached; concurrent calls share one lookup). */
  resolveId(symbol: string): Promise<number> {
    return this.#resolver.resolve(symbol);
  }

  /** Stops every subscription and pending frame. */
  dispose(): void {
    this.#disposed = true;
    this.#cancelFrame?.();
    this.#cancelFrame = undefined;
    for (const security of this.#securities.values()) security.stop();
    this.#securities.clear();
    this.#quotes.clear();
    this.#dirty.clear();
    this.#joined.clear();
  }

  #attach(id: number, entry: Entry): void {
    let security = this.#securities.get(id);
    if (!security) {
      const stop = this.#streaming.subscribeRawQuotes(id, (fields) => this.#tick(id, fields));
      security = { entries: new Set(), stop };
      this.#securities.set(id, security);
    }
    security.entries.add(entry);
    if (this.#quotes.has(id)) {
      this.#joined.set(entry, id);
      this.#requestFrame();
    }
  }

  #detach(id: number, entry: Entry): void {
    this.#joined.delete(entry);
    const security = this.#securities.get(id);
    if (!security?.entries.delete(entry) || security.entries.size > 0) return;
    security.stop();
    this.#securities.delete(id);
    this.#quotes.delete(id);
    this.#dirty.delete(id);
  }

  #tick(id: number, fields: RawFields): void {
    const security = this.#securities.get(id);
    if (!security) return;
    if (this.#coalesce) {
      // Kept as received until the frame, which converts each field's latest value once.
      const pending = this.#dirty.get(id);
      if (!pending) this.#dirty.set(id, { converted: undefined, raws: [fields] });
      else if (pending.raws.push(fields) >= MAX_PENDING) {
        pending.converted = { ...pending.converted, ...convertQuote(pending.raws, id) };
        pending.raws = [];
      }
      this.#requestFrame();
      return;
    }
    const quote = { ...this.#quotes.get(id), ...convertQuote([fields], id) };
    this.#quotes.set(id, quote);
    for (const entry of [...security.entries]) this.#notify(entry, quote);
  }

  #requestFrame(): void {
    this.#cancelFrame ??= this.#scheduleFrame(() => this.#flush());
  }

  #flush(): void {
    this.#cancelFrame = undefined;
    const dirty = [...this.#dirty];
    const joined = [...this.#joined];
    this.#dirty.clear();
    this.#joined.clear();
    // Each published quote is a new object, never changed after.
    for (const [id, { converted, raws }] of dirty) {
      if (!this.#securities.has(id)) continue;
      this.#quotes.set(id, { ...this.#quotes.get(id), ...converted, ...convertQuote(raws, id) });
    }
    const notified = new Set<Entry>();
    for (const [id] of dirty) {
      const quote = this.#quotes.get(id);
      const security = this.#securities.get(id);
      if (!quote || !security) continue;
      for (const entry of [...security.entries]) {
        if (!security.entries.has(entry)) continue;
        notified.add(entry);
        this.#notify(entry, quote);
      }
    }
    for (const [entry, id] of joined) {
      const quote = this.#quotes.get(id);
      if (quote && !notified.has(entry) && this.#securities.get(id)?.entries.has(entry)) {
        this.#notify(entry, quote);
      }
    }
  }

  #notify(entry: Entry, quote: StreamQuote): void {
    try {
      entry.listener(quote);
    } catch (error) {
      reportListenerError(error);
    }
  }
}
