import type { ReactiveController } from 'lit';
import type { LiveQuote, WidgetClient } from '../../session/client-port.ts';
import type { Session } from '../../session/session.ts';
import type { SessionHost } from './query-controller.ts';
import { isStale, onStreamStatus } from './stream-status.ts';

/** A security to quote: its internal id (preferred; the streamer keys quotes by id) or ticker. */
export type QuoteKey = number | string;

/**
 * Live quotes for a changing set of securities from the session's quote store (one streamer
 * subscription per security for the whole page, notifications coalesced per animation frame).
 * The host re-renders when any of its quotes change; `stale` is true while the quote streamer
 * is reconnecting.
 *
 * @example
 * private quotes = new QuoteController(this, () => this.rows.map((r) => r.Id));
 * html`${formatPrice(this.quotes.get(row.Id)?.Last)}`
 */
export class QuoteController implements ReactiveController {
  private quotes = new Map<string, LiveQuote>();
  private subscriptions = new Map<string, () => void>();
  private client: WidgetClient | undefined;
  private offStatus: (() => void) | undefined;
  private connected = false;

  constructor(
    private readonly host: SessionHost,
    private readonly keys: (session: Session) => readonly QuoteKey[],
  ) {
    host.addController(this);
  }

  /** The latest quote of a security, if one has arrived. */
  get(key: QuoteKey | null | undefined): LiveQuote | undefined {
    return key == null ? undefined : this.quotes.get(String(key));
  }

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
    // a Set: this runs on every render (every frame while quotes stream), for every row
    const wanted = new Set<string>();
    if (this.connected && session?.authState === 'signed-in')
      for (const key of this.keys(session)) wanted.add(String(key));
    for (const [key, stop] of this.subscriptions) {
      if (!wanted.has(key)) {
        stop();
        this.subscriptions.delete(key);
        this.quotes.delete(key);
      }
    }
    for (const key of wanted) {
      if (this.subscriptions.has(key)) continue;
      const id = /^\d+$/.test(key) ? Number(key) : key;
      const stop = this.client.quotes.subscribe(id, (quote: LiveQuote) => {
        this.quotes.set(key, quote);
        this.host.requestUpdate();
      });
      this.subscriptions.set(key, stop);
    }
  }

  private setClient(client: WidgetClient | undefined): void {
    this.subscriptions.forEach((stop) => stop());
    this.subscriptions.clear();
    this.quotes.clear();
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
