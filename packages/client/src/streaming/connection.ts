/**
 * One WebSocket to one ETNA streamer (quote or data), speaking the documented protocol
 * (api-reference §12): discover the host, open `CreateSession.txt`, use the SessionId the
 * server returns in every Subscribe/Unsubscribe, answer Ping with Pong, treat silence as a dead
 * link, reconnect with jittered exponential backoff, recover a fresh streamer session,
 * resubscribe everything and then signal a resync so stores refetch what they missed.
 *
 * It also reads how the streamer delivers: a quote streamer whose discovered `Type` is
 * `Delayed` sends delayed quotes (an unsigned market-data agreement); `refreshDelivery()` asks
 * again after an agreement was signed.
 *
 * It keeps the SET of wanted subscriptions (entity + key); reference counting lives in
 * `StreamingClient`. The bearer token never appears here: the streamer URL carries only the
 * userId and the streamer session id, as documented.
 */
import type { components } from '../generated/autoshares-api.ts';
import { backoffDelay, type BackoffOptions } from './backoff.ts';
import { toText, type RawFields } from './coerce.ts';
import { checkUrl } from '../http/url-policy.ts';
import { parseStreamFrames, QUOTE_PARSERS, type StreamFrame } from './frames.ts';
import {
  STREAM_COMMANDS as CMD,
  STREAM_HTTP_CLIENT_TYPE,
  STREAM_STATUS,
} from '../contract/index.ts';
import {
  isStreamEntity,
  type StreamEntity,
  type StreamerKind,
  type StreamMessage,
} from './stream-types.ts';

/** What `GET /v1.0/streamers` returns. */
export type StreamerAddresses = components['schemas']['StreamerDataModel'];
type UrlDesc = components['schemas']['UrlDesc'];

/**
 * Connection status. `idle`: not connected because nothing is subscribed; `connecting`: a
 * connection in progress that no failure caused (the first one, or a renewal after the
 * delivery changed); `open`: session established, data is live; `reconnecting`: the link
 * failed and a retry is pending or in progress (data may be stale); `closed`: disposed.
 */
export type StreamStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

/** The part of the WebSocket API this client uses (the browser's, or the `ws` package's). */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: unknown;
  onmessage: unknown;
  onclose: unknown;
  onerror: unknown;
}

/** A WebSocket constructor: `globalThis.WebSocket` in browsers, `ws`'s `WebSocket` in Node. */
export type WebSocketConstructor = new (url: string) => WebSocketLike;

/** Where to find streamers and sessions (client-core's REST calls) and how to behave. */
export interface StreamerServices {
  /**
   * `GET /v1.0/streamers`, asked for by the connection of `kind`; `fresh`: a new answer, never
   * one shared with the other streamer's connection.
   */
  discover(kind: StreamerKind, options?: { fresh?: boolean }): Promise<StreamerAddresses>;
  /** `PUT /v1.0/streamers/session/recover?sessionType=0|1` (0 = data, 1 = quote): a new session id. */
  recover(kind: StreamerKind): Promise<string>;
  /** The signed-in user's id (`/users/@me/info` `UserId`). */
  userId(): Promise<number>;
}

/** Tuning shared by both streamers. */
export interface StreamerTuning {
  /** WebSocket constructor; defaults to `globalThis.WebSocket`. */
  WebSocket?: WebSocketConstructor;
  /** Silence longer than this (no message at all, Ping included) means a dead link. Default 30 000 ms. */
  heartbeatTimeoutMs?: number;
  /** Reconnect backoff. Default `{ baseMs: 1000, maxMs: 30000 }`. */
  backoff?: Partial<BackoffOptions>;
  /** `[0, 1)` source for backoff jitter; defaults to `Math.random`. */
  random?: () => number;
}

/** What a connection reports to its owner. */
export interface StreamerEvents {
  message(message: StreamMessage): void;
  status(status: StreamStatus): void;
  /**
   * The link came back after a gap and the server has acknowledged every resubscription (or
   * {@link RESYNC_ACK_WAIT_MS} passed): REST state may have changed meanwhile, refetch it now.
   */
  resync(): void;
  /** The server acknowledged Subscribe for these keys: their messages flow from now on. */
  subscribed(entity: StreamEntity, keys: string[]): void;
  /** The server refused a Subscribe for these keys (not entitled, unknown id, …). */
  rejected(entity: StreamEntity, keys: string[], message: string): void;
  /** The discovered address says the streamer now sends delayed data (`Type: "Delayed"`), or no longer does. */
  delayed?(delayed: boolean): void;
}

const OPEN = 1;
const SEP = '\u0000';

/** A discovered streamer address whose `Type` says it sends delayed data. */
export function isDelayedAddress(address: { Type?: string | null } | undefined): boolean {
  return address?.Type?.trim().toLowerCase() === 'delayed';
}

/**
 * After a reconnect, how long to wait for the resubscriptions' acknowledgements before telling
 * the owner to resync anyway (a server that does not acknowledge must not stall recovery).
 */
export const RESYNC_ACK_WAIT_MS = 2000;

function defaultWebSocket(): WebSocketConstructor {
  const ctor = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!ctor)
    throw new Error('No WebSocket available: pass a WebSocket constructor (e.g. from "ws")');
  return ctor;
}

/** `<Url>/CreateSession.txt?User=<userId>:<sessionId>&Password=<sessionId>&HttpClientType=WebSocket`. */
export function createSessionUrl(baseUrl: string, userId: number, sessionId: string): string {
  const base = baseUrl.replace(/\/+$/, '').replace(/^http/i, 'ws');
  const sid = encodeURIComponent(sessionId);
  return `${base}/${CMD.createSession}?User=${encodeURIComponent(String(userId))}:${sid}&Password=${sid}&HttpClientType=${STREAM_HTTP_CLIENT_TYPE}`;
}

/** One streamer link. Created and driven by `StreamingClient`. */
export class StreamerConnection {
  readonly kind: StreamerKind;
  #services: StreamerServices;
  #events: StreamerEvents;
  #WebSocket: WebSocketConstructor | undefined;
  #heartbeatMs: number;
  #backoff: BackoffOptions;
  #random: () => number;

  #status: StreamStatus = 'idle';
  #wanted = new Set<string>();
  #socket: WebSocketLike | undefined;
  #sessionId: string | undefined;
  /** Bumped whenever a link is abandoned, so late callbacks of the old one do nothing. */
  #generation = 0;
  #attempt = 0;
  #hadSession = false;
  #usedDiscoveredSession = false;
  /** The streamer address last discovered. */
  #address: { Url?: string | null } | undefined;
  /** The last link reached `open` (so its address is worth trying again). */
  #linkWorked = false;
  /** The last discovered address said `Type: "Delayed"`. */
  #delayed = false;
  /** The next connection renews a working link on purpose (status `connecting`, not `reconnecting`). */
  #renewing = false;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #heartbeatTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the link last heard anything (epoch ms). */
  #lastHeardAt = 0;
  #invalid = 0;
  /** Subscriptions the server has acknowledged on the current link. */
  #acknowledged = new Set<string>();
  /** Subscribes sent on the current link and not yet answered, oldest first. */
  #awaitingAck: string[] = [];
  /** A reconnect happened; the resync waits for the resubscriptions to be acknowledged. */
  #resyncTimer: ReturnType<typeof setTimeout> | undefined;
  #resyncPending = false;
  /**
   * Reads this link's frames: the quote streamer's parsers are always here; every entity's
   * (`messages.ts`) loads with the data streamer's first connection, beside its discovery.
   */
  #parse: ((text: unknown) => StreamFrame[]) | undefined;

  constructor(
    kind: StreamerKind,
    services: StreamerServices,
    events: StreamerEvents,
    tuning: StreamerTuning = {},
  ) {
    this.kind = kind;
    if (kind === 'quote') this.#parse = (text) => parseStreamFrames(text, QUOTE_PARSERS);
    this.#services = services;
    this.#events = events;
    this.#WebSocket = tuning.WebSocket;
    this.#heartbeatMs = tuning.heartbeatTimeoutMs ?? 30_000;
    this.#backoff = { baseMs: 1000, maxMs: 30_000, ...tuning.backoff };
    this.#random = tuning.random ?? Math.random;
  }

  /** Current status. */
  get status(): StreamStatus {
    return this.#status;
  }

  /** The SessionId the server returned from CreateSession, while open. */
  get sessionId(): string | undefined {
    return this.#sessionId;
  }

  /**
   * True when the streamer's last discovered address has `Type: "Delayed"`: it sends delayed
   * data (quotes of a user who has not signed a market-data agreement). False until discovered.
   */
  get delayed(): boolean {
    return this.#delayed;
  }

  /**
   * Asks the server again how this streamer delivers (`GET /v1.0/streamers`, a fresh answer),
   * e.g. after the user signed a market-data agreement. When `Type` changed, `delayed` follows
   * and a link in use is renewed at once, so the new session carries the new entitlement and
   * the resubscriptions bring current data. A failed look-up changes nothing but makes the next
   * connection discover again.
   */
  async refreshDelivery(): Promise<void> {
    if (this.#status === 'closed') return;
    let address: (UrlDesc & { Url: string }) | undefined;
    try {
      address = this.#addressIn(await this.#services.discover(this.kind, { fresh: true }));
    } catch {
      address = undefined;
    }
    if (this.status === 'closed') return; // disposed while asking
    if (!address) {
      this.#linkWorked = false;
      return;
    }
    const before = this.#delayed;
    this.#address = address;
    this.#setDelayed(isDelayedAddress(address));
    if (before === this.#delayed || this.#status === 'idle') return;
    this.#renewing = this.#status === 'open';
    this.#abandonLink();
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    void this.#connect();
  }

  /** How many malformed or wrongly shaped messages were dropped. */
  get droppedMessages(): number {
    return this.#invalid;
  }

  /** Connects if not already connected or connecting. */
  start(): void {
    if (this.#status === 'closed') throw new Error('StreamerConnection is closed');
    if (this.#status !== 'idle') return;
    this.#hadSession = false;
    void this.#connect();
  }

  /** Disconnects; `closed` is final (dispose), `idle` allows `start()` again. */
  stop(status: 'idle' | 'closed' = 'idle'): void {
    this.#abandonLink();
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    this.#attempt = 0;
    this.#setStatus(status);
  }

  /** Skips a pending backoff wait and reconnects at once (e.g. when the network is back). */
  retryNow(): void {
    if (this.#retryTimer === undefined || this.#status === 'closed') return;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    void this.#connect();
  }

  /** Wants `entity`/`key`: sends Subscribe now if open, else on (re)connect. */
  add(entity: StreamEntity, key: string): void {
    const id = entity + SEP + key;
    if (this.#wanted.has(id)) return;
    this.#wanted.add(id);
    if (this.#status === 'open') this.#command(CMD.subscribe, entity, key);
  }

  /** No longer wants `entity`/`key`: sends Unsubscribe if open. */
  remove(entity: StreamEntity, key: string): void {
    const id = entity + SEP + key;
    if (!this.#wanted.delete(id)) return;
    this.#acknowledged.delete(id);
    this.#answered([id]);
    if (this.#status === 'open') this.#command(CMD.unsubscribe, entity, key);
  }

  /** True once the server has acknowledged the subscription on the current link. */
  isSubscribed(entity: StreamEntity, key: string): boolean {
    return this.#acknowledged.has(entity + SEP + key);
  }

  /** Number of wanted subscriptions. */
  get size(): number {
    return this.#wanted.size;
  }

  async #connect(): Promise<void> {
    const generation = ++this.#generation;
    const renewing = this.#renewing;
    this.#renewing = false;
    this.#setStatus(
      !renewing && (this.#hadSession || this.#attempt > 0) ? 'reconnecting' : 'connecting',
    );
    let socket: WebSocketLike;
    try {
      const url = await this.#sessionUrl();
      if (generation !== this.#generation) return;
      socket = new (this.#WebSocket ?? defaultWebSocket())(url);
    } catch {
      if (generation === this.#generation) this.#retry();
      return;
    }
    this.#socket = socket;
    this.#armHeartbeat(generation);
    socket.onmessage = (event: { data: unknown }) => {
      if (generation !== this.#generation) return;
      // Only a timestamp per message: re-arming a timer for each of thousands a second costs.
      this.#lastHeardAt = Date.now();
      this.#receive(event.data);
    };
    socket.onclose = () => {
      if (generation === this.#generation) this.#lost();
    };
    socket.onerror = () => {
      // A close event follows; reconnecting happens there.
    };
  }

  async #sessionUrl(): Promise<string> {
    // After a working link dropped, the same address is tried again (one request fewer per
    // reconnect); after a failed attempt, the server is asked where the streamer is now.
    const known = this.#linkWorked ? this.#address?.Url : undefined;
    this.#linkWorked = false;
    const [userId, addresses, parse] = await Promise.all([
      this.#services.userId(),
      known ? undefined : this.#services.discover(this.kind),
      this.#parse ?? import('./messages.ts').then((messages) => messages.parseStreamFrames),
    ]);
    this.#parse = parse;
    let url = known;
    let sessionId: string | undefined;
    if (addresses) {
      const address = this.#addressIn(addresses);
      if (!address) throw new Error(`No ${this.kind} streamer address`);
      this.#address = address;
      this.#setDelayed(isDelayedAddress(address));
      url = address.Url;
      // A discovered session id is used once; every later connection recovers a fresh one.
      if (!this.#usedDiscoveredSession) sessionId = address.SessionId ?? undefined;
      this.#usedDiscoveredSession = true;
    }
    sessionId ??= await this.#services.recover(this.kind);
    return createSessionUrl(url!, userId, sessionId);
  }

  /** This streamer's first address with a URL, checked (only https:/wss:, ws: on localhost). */
  #addressIn(addresses: StreamerAddresses): (UrlDesc & { Url: string }) | undefined {
    const list = this.kind === 'quote' ? addresses.QuoteAddresses : addresses.DataAddresses;
    const address = list?.find((a) => a.Url);
    if (!address?.Url) return undefined;
    checkUrl(address.Url, { name: `${this.kind} streamer address`, use: 'stream', paths: false });
    return address as UrlDesc & { Url: string };
  }

  #setDelayed(delayed: boolean): void {
    if (delayed === this.#delayed) return;
    this.#delayed = delayed;
    this.#events.delayed?.(delayed);
  }

  #receive(data: unknown): void {
    for (const frame of this.#parse?.(data) ?? []) {
      switch (frame.type) {
        case 'invalid':
          this.#invalid++;
          break;
        case 'data':
          this.#events.message(frame.message);
          break;
        case 'command':
          if (frame.cmd === CMD.ping) this.#send({ Cmd: CMD.pong, StatusCode: STREAM_STATUS.ok });
          else if (frame.cmd === CMD.createSession) {
            this.#sessionReply(frame.statusCode, frame.sessionId);
          } else if (frame.cmd === CMD.subscribe) {
            this.#subscribeReply(frame.statusCode, frame.fields);
          }
          break;
        case 'unknown':
          break;
      }
    }
  }

  #sessionReply(statusCode: string | undefined, sessionId: string | undefined): void {
    if (statusCode?.toLowerCase() !== 'ok' || !sessionId) {
      this.#lost();
      return;
    }
    this.#sessionId = sessionId;
    this.#attempt = 0;
    this.#linkWorked = true;
    const isResync = this.#hadSession;
    this.#hadSession = true;
    this.#setStatus('open');
    for (const id of this.#wanted) {
      const [entity, key] = id.split(SEP) as [StreamEntity, string];
      this.#command(CMD.subscribe, entity, key);
    }
    if (isResync) {
      // Refetching before the server has the subscriptions back would leave a gap again.
      this.#resyncPending = true;
      clearTimeout(this.#resyncTimer);
      this.#resyncTimer = setTimeout(() => this.#resync(), RESYNC_ACK_WAIT_MS);
      this.#maybeResync();
    }
  }

  #maybeResync(): void {
    if (this.#resyncPending && this.#awaitingAck.length === 0) this.#resync();
  }

  #resync(): void {
    clearTimeout(this.#resyncTimer);
    this.#resyncTimer = undefined;
    if (!this.#resyncPending) return;
    this.#resyncPending = false;
    this.#events.resync();
  }

  /** These subscriptions got their answer (or are no longer wanted). */
  #answered(ids: readonly string[]): void {
    if (this.#awaitingAck.length === 0) return;
    this.#awaitingAck = this.#awaitingAck.filter((id) => !ids.includes(id));
    this.#maybeResync();
  }

  /**
   * The ids a Subscribe answer is about: its `Keys` (or `RejectedKeys`), else, for a server that
   * echoes only `Cmd`, the oldest Subscribe of that entity still waiting for an answer.
   */
  #answeredIds(entity: StreamEntity, keysText: string | undefined): string[] {
    const keys = (keysText ?? '')
      .split(';')
      .map((key) => key.trim())
      .filter((key) => key !== '');
    if (keys.length > 0) return keys.map((key) => entity + SEP + key);
    const oldest = this.#awaitingAck.find((id) => id.startsWith(entity + SEP));
    return oldest ? [oldest] : [];
  }

  #subscribeReply(statusCode: string | undefined, fields: RawFields): void {
    const entity = toText(fields.EntityType);
    if (entity === undefined || !isStreamEntity(entity)) return;
    const ok = statusCode === undefined || statusCode.toLowerCase() === 'ok';
    if (ok) {
      const ids = this.#answeredIds(entity, toText(fields.Keys)).filter((id) =>
        this.#wanted.has(id),
      );
      for (const id of ids) this.#acknowledged.add(id);
      this.#answered(ids);
      if (ids.length > 0)
        this.#events.subscribed(
          entity,
          ids.map((id) => id.split(SEP)[1]!),
        );
      return;
    }
    const rejectedIds = this.#answeredIds(
      entity,
      toText(fields.RejectedKeys) ?? toText(fields.Keys),
    ).filter((id) => this.#wanted.has(id));
    // Keys of the same command that were not refused are subscribed.
    const acceptedIds = this.#answeredIds(entity, toText(fields.Keys)).filter(
      (id) => this.#wanted.has(id) && !rejectedIds.includes(id),
    );
    for (const id of acceptedIds) this.#acknowledged.add(id);
    this.#answered([...rejectedIds, ...acceptedIds]);
    if (acceptedIds.length > 0)
      this.#events.subscribed(
        entity,
        acceptedIds.map((id) => id.split(SEP)[1]!),
      );
    if (rejectedIds.length > 0)
      this.#events.rejected(
        entity,
        rejectedIds.map((id) => id.split(SEP)[1]!),
        toText(fields.Message) ?? statusCode,
      );
  }

  #command(
    cmd: typeof CMD.subscribe | typeof CMD.unsubscribe,
    entity: StreamEntity,
    key: string,
  ): void {
    if (cmd === CMD.subscribe) this.#awaitingAck.push(entity + SEP + key);
    this.#send({
      Cmd: cmd,
      SessionId: this.#sessionId,
      Keys: key,
      EntityType: entity,
      HttpClientType: STREAM_HTTP_CLIENT_TYPE,
    });
  }

  #send(message: object): void {
    const socket = this.#socket;
    if (socket?.readyState === OPEN) socket.send(JSON.stringify(message));
  }

  /** Declares the link dead after `heartbeatTimeoutMs` without hearing anything at all. */
  #armHeartbeat(generation: number): void {
    this.#lastHeardAt = Date.now();
    const check = () => {
      if (generation !== this.#generation) return;
      const silentFor = Date.now() - this.#lastHeardAt;
      if (silentFor >= this.#heartbeatMs) this.#lost();
      else this.#heartbeatTimer = setTimeout(check, this.#heartbeatMs - silentFor);
    };
    clearTimeout(this.#heartbeatTimer);
    this.#heartbeatTimer = setTimeout(check, this.#heartbeatMs);
  }

  /** The link died (close, silence, refused session): drop it and retry after a backoff. */
  #lost(): void {
    this.#abandonLink();
    this.#retry();
  }

  #retry(): void {
    this.#setStatus('reconnecting');
    const delay = backoffDelay(this.#attempt++, this.#backoff, this.#random);
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      void this.#connect();
    }, delay);
  }

  #abandonLink(): void {
    this.#generation++;
    clearTimeout(this.#heartbeatTimer);
    const socket = this.#socket;
    this.#socket = undefined;
    this.#sessionId = undefined;
    this.#acknowledged.clear();
    this.#awaitingAck = [];
    this.#resyncPending = false; // the next reconnect resyncs (after its own acknowledgements)
    clearTimeout(this.#resyncTimer);
    this.#resyncTimer = undefined;
    if (socket) {
      socket.onmessage = socket.onclose = socket.onopen = null;
      // Keep an error handler: closing a socket still connecting reports an error (Node's `ws`
      // would throw it as unhandled without one).
      socket.onerror = () => {};
      try {
        socket.close(1000);
      } catch {
        // already closed
      }
    }
  }

  #setStatus(status: StreamStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#events.status(status);
  }
}
