import type { ReactiveController } from 'lit';
import type { LiveQuote, WidgetClient } from '../../session/client-port.ts';
import type { Session } from '../../session/session.ts';
import { constantLive, LiveValue, type Live } from '../live/live-value.ts';
import type { SessionHost } from './query-controller.ts';
import { isStale, onStreamStatus } from './stream-status.ts';

/** A security to quote: its internal id (preferred; the streamer keys quotes by id) or ticker. */
export type QuoteKey = number | string;

const NO_QUOTE: Live<LiveQuote | undefined> = constantLive(undefined);

/**
 * Live quotes for a changing set of securities, like `QuoteController`, but a tick does NOT
 * re-render the host: each security's quote is a `Live` value (`quote(key)`) that cells
 * subscribe to (`liveCell` directive), so only the cells showing a changed security do work.
 *
 * The session's quote store notifies at most once per animation frame per security; the feed
 * then tells, once per frame (in a microtask after the store's frame callback), the listeners
 * of each changed security, then `onChange` with the keys that changed, where the host may ask
 * for a bounded-rate update (e.g. to re-sort by a live column). The host re-renders on its own
 * only when the quote streamer's status changes (`stale`).
 */
export class QuoteFeed implements ReactiveController {
  private readonly values = new Map<string, LiveValue<LiveQuote | undefined>>();
  private readonly subscriptions = new Map<string, () => void>();
  private readonly changed = new Set<string>();
  private flushQueued = false;
  private client: WidgetClient | undefined;
  private offStatus: (() => void) | undefined;
  private connected = false;

  constructor(
    private readonly host: SessionHost,
    private readonly keys: (session: Session) => readonly QuoteKey[],
    private readonly onChange?: (keys: ReadonlySet<string>) => void,
  ) {
    host.addController(this);
  }

  /** The latest quote of a security, if one has arrived. */
  get(key: QuoteKey | null | undefined): LiveQuote | undefined {
    return key == null ? undefined : this.values.get(String(key))?.value;
  }

  /** A security's quote as a live value (stable object per security while it is wanted). */
  quote(key: QuoteKey | null | undefined): Live<LiveQuote | undefined> {
    if (key == null) return NO_QUOTE;
    const id = String(key);
    let value = this.values.get(id);
    if (!value) {
      value = new LiveValue<LiveQuote | undefined>(undefined);
      this.values.set(id, value);
    }
    return value;
  }

  /** True while the quote streamer is reconnecting (prices on screen may be old). */
  get stale(): boolean {
    return this.subscriptions.size > 0 && isStale(this.client, 'quote');
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.setClient(undefined);
  }

  private sync(): void {
    const session = this.host.session;
    const client = session?.client;
    if (client !== this.client) this.setClient(client);
    if (!this.client) return;
    const wanted = new Set<string>();
    if (this.connected && session?.authState === 'signed-in')
      for (const key of this.keys(session)) wanted.add(String(key));
    for (const [key, stop] of this.subscriptions) {
      if (wanted.has(key)) continue;
      stop();
      this.subscriptions.delete(key);
      this.values.get(key)?.set(undefined);
      this.values.delete(key);
      this.changed.delete(key);
    }
    const store = this.client.quotes;
    for (const key of wanted) {
      if (this.subscriptions.has(key)) continue;
      const id = /^\d+$/.test(key) ? Number(key) : key;
      const value = this.quote(key) as LiveValue<LiveQuote | undefined>;
      if (typeof id === 'number') value.set(store.get(id) ?? value.value);
      const stop = store.subscribe(id, (quote: LiveQuote) => {
        value.set(quote);
        this.changed.add(key);
        this.queueFlush();
      });
      this.subscriptions.set(key, stop);
    }
  }

  private queueFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    // after the store's flush has handed over every security that ticked this frame
    queueMicrotask(() => this.flush());
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.changed.size === 0) return;
    const keys = new Set(this.changed);
    this.changed.clear();
    for (const key of keys) this.values.get(key)?.notify();
    this.onChange?.(keys);
  }

  private setClient(client: WidgetClient | undefined): void {
    this.subscriptions.forEach((stop) => stop());
    this.subscriptions.clear();
    for (const value of this.values.values()) value.set(undefined);
    this.values.clear();
    this.changed.clear();
    this.offStatus?.();
    this.offStatus = undefined;
    this.client = client;
    if (client) {
      this.offStatus = onStreamStatus(client, (kind) => {
        if (kind === 'quote') this.host.requestUpdate();
      });
    }
  }
}
