/**
 * **Hand-written** (the spec has no streamer messages): the names the ETNA streamer protocol
 * uses on the wire, from api-reference §12 (the ETNA streamer docs and the ETNA JS/Go clients it
 * quotes).
 */

/** The two streamers: `quote` (quotes) and `data` (orders, positions, balances, watchlists, alerts). §12.1 */
export const STREAMER_KINDS = ['quote', 'data'] as const;
export type StreamerKind = (typeof STREAMER_KINDS)[number];

/** `PUT /v1.0/streamers/session/recover?sessionType=`: 0 = data, 1 = quote (§12.1). */
export const STREAMER_SESSION_TYPE = { data: 0, quote: 1 } as const satisfies Record<
  StreamerKind,
  number
>;

/**
 * The stream entity types (`EntityType` of commands and data messages, §12.3) the client
 * understands. `PriceAlert` is not documented by ETNA (api-reference §8: "no EntityType page"); the sandbox
 * streams it, keyed by userId. `UserBalance` is documented; the sandbox does not stream it.
 */
export const STREAM_ENTITIES = [
  'Quote',
  'Order',
  'Position',
  'AccountBalance',
  'UserBalance',
  'Watchlist',
  'WatchlistContent',
  'PriceAlert',
] as const;
export type StreamEntity = (typeof STREAM_ENTITIES)[number];

/** True when `name` is an entity type of {@link STREAM_ENTITIES}. */
export function isStreamEntity(name: unknown): name is StreamEntity {
  return typeof name === 'string' && (STREAM_ENTITIES as readonly string[]).includes(name);
}

/** Which streamer carries an entity: quotes the quote streamer, everything else the data streamer (§12.3). */
export function streamerFor(entity: StreamEntity): StreamerKind {
  return entity === 'Quote' ? 'quote' : 'data';
}

/** The `Cmd` values of the protocol (§12.2–12.3). Data messages have no `Cmd`. */
export const STREAM_COMMANDS = {
  /** The login path (`<Url>/CreateSession.txt?…`) and the server's first answer. */
  createSession: 'CreateSession.txt',
  subscribe: 'Subscribe.txt',
  unsubscribe: 'Unsubscribe.txt',
  /** Sent by the server as a keep-alive. */
  ping: 'Ping',
  /** The client's answer to a ping (`{"Cmd":"Pong","StatusCode":"Ok"}`, from the Go client). */
  pong: 'Pong',
} as const;
export type StreamCommand = (typeof STREAM_COMMANDS)[keyof typeof STREAM_COMMANDS];

/** The `StatusCode` of an acknowledgement (§12.2). */
export const STREAM_STATUS = { ok: 'Ok', error: 'Error' } as const;

/** The `HttpClientType` a WebSocket client sends on login and with each command (§12.2). */
export const STREAM_HTTP_CLIENT_TYPE = 'WebSocket';
