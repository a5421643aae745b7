import type { ReactiveController } from 'lit';
import type { StreamEntity, StreamPayloads, AutoSharesClient } from '@autoshares/client';
import type { Session } from '../session/session.ts';
import type { SessionHost } from './query-controller.ts';
import { isStale, onStreamStatus, type StreamerKind } from './stream-status.ts';

export interface StreamOptions<E extends StreamEntity> {
  entity: E;
  /**
   * The subscription key(s) for the current session and host state (accountId for orders,
   * userId for watchlists, watchlistId for watchlist content, …); null or [] = none.
   */
  keys: (session: Session) => string | number | readonly (string | number)[] | null;
  /** Each message for one of the keys. */
  onMessage: (data: StreamPayloads[E], key: string) => void;
  /**
   * Messages may have been missed: the streamer came back after a gap and has its
   * subscriptions back. Refetch here what the client's query cache does not keep current by
   * itself (its shared resources already refetch, and their first fetch waits for the stream).
   */
  onResync?: () => void;
}

/**
 * Keeps the host subscribed to one stream entity for a changing set of keys while signed in,
 * and tracks whether that entity's streamer is down (`stale`). Re-renders the host when the
 * stale state changes; messages go to `onMessage` (which usually patches state or refreshes a
 * query, then the host re-renders).
 */
export class StreamController<E extends StreamEntity> implements ReactiveController {
  #subscriptions = new Map<string, () => void>();
  #client: AutoSharesClient | undefined;
  #offStatus: (() => void) | undefined;
  #offResync: (() => void) | undefined;
  #connected = false;
  readonly #kind: StreamerKind;

  constructor(
    private readonly host: SessionHost,
    private readonly options: StreamOptions<E>,
  ) {
    this.#kind = options.entity === 'Quote' ? 'quote' : 'data';
    host.addController(this);
  }

  /** True while this entity's streamer is reconnecting (show the stale badge). */
  get stale(): boolean {
    return this.#subscriptions.size > 0 && isStale(this.#client, this.#kind);
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

  #wantedKeys(): string[] {
    const session = this.host.session;
    if (!this.#connected || !session || session.authState !== 'signed-in') return [];
    const keys = this.options.keys(session);
    if (keys == null) return [];
    const list = Array.isArray(keys) ? keys : [keys];
    return [...new Set(list.map(String))];
  }

  #sync(): void {
    const client = this.host.session?.client;
    if (client !== this.#client) this.#setClient(client);
    if (!this.#client) return;
    const wanted = this.#wantedKeys();
    for (const [key, stop] of this.#subscriptions) {
      if (!wanted.includes(key)) {
        stop();
        this.#subscriptions.delete(key);
      }
    }
    for (const key of wanted) {
      if (this.#subscriptions.has(key)) continue;
      const stop = this.#client.stream.subscribe(
        this.options.entity,
        key,
        (data: StreamPayloads[E]) => this.options.onMessage(data, key),
      );
      this.#subscriptions.set(key, stop);
    }
  }

  #setClient(client: AutoSharesClient | undefined): void {
    this.#subscriptions.forEach((stop) => stop());
    this.#subscriptions.clear();
    this.#offStatus?.();
    this.#offResync?.();
    this.#offStatus = this.#offResync = undefined;
    this.#client = client;
    if (!client) return;
    this.#offStatus = onStreamStatus(client, (kind) => {
      if (kind === this.#kind) this.host.requestUpdate();
    });
    if (this.options.onResync) {
      const onResync = this.options.onResync;
      this.#offResync = client.stream.onResync((kind: StreamerKind) => {
        if (kind === this.#kind && this.#subscriptions.size > 0) onResync();
      });
    }
  }
}
