/**
 * The contract between the sandbox's simulated brokerage (the "world": market, broker, auth)
 * and its transports (REST routes, the streamer, the Node server, the in-browser MSW adapter).
 *
 * The world is transport-free and deterministic: given the same seed and the same sequence of
 * calls and `step()`s, it produces the same quotes, fills and events. Time comes from an
 * injected clock, randomness from a seeded PRNG; nothing in the world reads `Date.now()` or
 * `Math.random()` directly.
 */
import type { AccountBalance, StreamerKind } from '@autoshares/client/contract';
import type { components } from '@autoshares/client/api-types';

export type Schemas = components['schemas'];
export type OrderResource = Schemas['OrderResource'];
export type PositionResource = Schemas['PositionResource'];
export type WatchlistModel = Schemas['WatchlistModel'];
export type PriceAlertInfoModel = Schemas['PriceAlertInfoModel'];
export type QuoteModel = Schemas['QuoteModel'];

/** The camelCase balance object of `/accounts/{id}/info` (the spec types it only as object): the
 * wire contract's hand-written type, so the server and the client cannot drift apart. */
export type { AccountBalance, StreamerKind };

/**
 * Everything the world announces; the streamer turns these into ETNA stream messages
 * (all values as strings, see api-reference §12), keyed as the protocol keys them.
 */
export type WorldEvent =
  /** A quote changed. Streamer key: SecurityId (quote streamer). */
  | { type: 'quote'; securityId: number; quote: QuoteModel }
  /** An order was created or changed state. Streamer key: accountId (data streamer). */
  | { type: 'order'; accountId: number; order: OrderResource }
  /** A position opened, changed or closed. Streamer key: accountId. */
  | { type: 'position'; accountId: number; position: PositionResource }
  /** A balance changed (fills, cash moves, and re-marking at most once a second). Key: accountId. */
  | { type: 'balance'; accountId: number; balance: AccountBalance }
  /** A watchlist was created, renamed or deleted. Key: userId. */
  | { type: 'watchlist'; userId: number; watchlist: WatchlistModel; deleted: boolean }
  /** Securities were added to / removed from a watchlist. Key: watchlistId. */
  | {
      type: 'watchlistContent';
      userId: number;
      watchlistId: number;
      added: number[];
      removed: number[];
    }
  /** A price alert was created, changed, triggered or deleted. Key: userId (undocumented in ETNA). */
  | { type: 'alert'; userId: number; alert: PriceAlertInfoModel; deleted: boolean };

export type WorldEventType = WorldEvent['type'];
export type WorldListener = (event: WorldEvent) => void;

/** The streamer kinds and their `sessionType` numbers: wire contract (`@autoshares/client/contract`). */
export { STREAMER_SESSION_TYPE } from '@autoshares/client/contract';

/** What the world exposes to transports. Implemented in `src/world/`. */
export interface SandboxWorld {
  readonly seed: number;
  /** Current simulated time, epoch ms. */
  now(): number;
  /** Advance the simulation by `ticks` market ticks (random walk, fills, alert triggers). */
  step(ticks?: number): void;
  /** Subscribe to world events; returns an unsubscribe function. */
  on(listener: WorldListener): () => void;
  /** userId of a live bearer token, or null (expired, logged out, unknown). */
  userIdForToken(token: string): number | null;
  /** Issue a streamer session id for a user (what `/v1.0/streamers` and `recover` return). */
  createStreamerSession(userId: number, kind: StreamerKind): string;
  /** userId owning a streamer session id, or null. */
  userIdForStreamerSession(sessionId: string): number | null;
  /** May this user read this account's stream (orders, positions, balance)? */
  userOwnsAccount(userId: number, accountId: number): boolean;
  /** Current quote for a security, or null if the id is unknown. */
  quote(securityId: number): QuoteModel | null;
  /**
   * A quote subscription to a security started (`true`) or ended: option contracts stream
   * quotes only while watched.
   */
  watchQuote?(securityId: number, watching: boolean): void;
  /** How late this user's quotes are (ms; 0 = real time: market-data agreements signed). */
  quoteDelayMs?(userId: number): number;
  /** A security's quote `delayMs` ago, or null when the world keeps no past quotes of it. */
  delayedQuote?(securityId: number, delayMs: number): QuoteModel | null;
}

/**
 * The Hono environment of the sandbox app. The app's auth middleware (src/http) runs before
 * every `/api/v1.0/*` route and sets `userId`; routes read `c.get('userId')` and `c.get('world')`.
 */
export type SandboxEnv = { Variables: { userId: number; world: SandboxWorld } };

/**
 * A socket as the streamer core sees it, so one streamer serves both the Node `ws` server and
 * MSW's WebSocket interception in the browser.
 */
export interface SandboxSocket {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onMessage(listener: (data: string) => void): void;
  onClose(listener: () => void): void;
}

/** Implemented in `src/stream/hub.ts`. */
export interface StreamerHub {
  /**
   * Accept a socket opened on `<streamer url>/CreateSession.txt?User=…&Password=…&HttpClientType=WebSocket`.
   * The hub answers CreateSession, Subscribe/Unsubscribe and Pong, pings, and streams events.
   */
  accept(kind: StreamerKind, url: URL, socket: SandboxSocket): void;
  /** Fault knob: close every open socket (or a user's), as a dropped connection would. Returns how many. */
  dropSockets(userId?: number): number;
  /** Fault knob: the next `count` messages to each socket (or a user's) are malformed JSON. */
  sendMalformed(count: number, userId?: number): void;
  /** Sandbox knob: data messages end with a `SentAt` field (epoch ms, string) while `on`. */
  stampSendTime(on: boolean): void;
  /** Open sockets, for tests and benchmarks (sockets per streamer). */
  stats(): {
    sockets: Record<StreamerKind, number>;
    subscriptions: number;
    connectionsOpened: Record<StreamerKind, number>;
  };
  close(): void;
}
