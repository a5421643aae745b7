/**
 * The ETNA streamer's command side (api-reference §12.2–12.3): the login query of
 * `CreateSession.txt`, the client commands and the server's acknowledgements.
 */
import {
  STREAMER_KINDS,
  STREAM_COMMANDS as CMD,
  STREAM_STATUS,
  isStreamEntity,
} from '@autoshares/client/contract';
import type { SandboxWorld, StreamerKind } from '../contract.ts';
import type { StreamEntityType, StreamMessage } from './messages.ts';

/** A command a client sends: `{"Cmd":"Subscribe.txt","SessionId","Keys":"5;6","EntityType":"Quote",…}`. */
export interface ClientCommand {
  Cmd: string;
  SessionId?: string;
  Keys?: string;
  EntityType?: string;
}

/** Path of each streamer on the sandbox's host (`GET /v1.0/streamers` announces them); clients append `/CreateSession.txt`. */
export const STREAMER_PATHS: Record<StreamerKind, string> = {
  quote: '/streamer/quote',
  data: '/streamer/data',
};

/**
 * The streamer a WebSocket path opens: `/streamer/quote/CreateSession.txt` → `quote`,
 * `/streamer/data/CreateSession.txt` → `data` (repeated slashes tolerated), anything else null.
 */
export function streamerKindForPath(pathname: string): StreamerKind | null {
  const path = pathname.replace(/\/{2,}/g, '/');
  for (const kind of STREAMER_KINDS) {
    if (path === `${STREAMER_PATHS[kind]}/${CMD.createSession}`) return kind;
  }
  return null;
}

/** An entity type the sandbox serves (a contract entity but `UserBalance`, which it does not stream). */
export const isEntityType = (value: unknown): value is StreamEntityType =>
  isStreamEntity(value) && value !== 'UserBalance';

/**
 * May `userId` subscribe to `key` of `entityType`? Quotes: a known SecurityId. Orders, positions,
 * balances: an account the user owns. Watchlist and PriceAlert: the user's own id.
 * WatchlistContent: any watchlist id (events are delivered only to the watchlist's owner).
 */
export function canSubscribe(
  world: SandboxWorld,
  userId: number,
  entityType: StreamEntityType,
  key: number,
): boolean {
  switch (entityType) {
    case 'Quote':
      return world.quote(key) !== null;
    case 'Order':
    case 'Position':
    case 'AccountBalance':
      return world.userOwnsAccount(userId, key);
    case 'Watchlist':
    case 'PriceAlert':
      return key === userId;
    case 'WatchlistContent':
      return true;
  }
}

/** Parse a client frame; null when it is not a JSON object with a string `Cmd`. */
export function parseCommand(data: string): ClientCommand | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as { Cmd?: unknown }).Cmd !== 'string'
  ) {
    return null;
  }
  const raw = value as Record<string, unknown>;
  return {
    Cmd: raw.Cmd as string,
    SessionId: raw.SessionId === undefined ? undefined : String(raw.SessionId),
    Keys: raw.Keys === undefined || raw.Keys === null ? undefined : String(raw.Keys),
    EntityType: raw.EntityType === undefined ? undefined : String(raw.EntityType),
  };
}

/** `"5;6;5"` → `["5","6"]` (blank parts and repeats dropped). */
export const splitKeys = (keys: string | undefined): string[] => [
  ...new Set(
    (keys ?? '')
      .split(';')
      .map((k) => k.trim())
      .filter((k) => k !== ''),
  ),
];

/** A key as the integer id it must be, or null. */
export function parseKey(key: string): number | null {
  if (!/^-?\d+$/.test(key)) return null;
  const n = Number(key);
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * Resolve the user of a `CreateSession.txt?User=…&Password=…` login. Accepted forms (§12.2):
 * `User=<userId>:<streamerSessionId>&Password=<streamerSessionId>` (the JS client),
 * `User=<userId>:<anything>&Password=<streamerSessionId>` (the ETNA doc) and
 * `User=<userId>&Password=<streamerSessionId>`. The streamer session id may sit in `Password` or
 * after the colon; the `userId` before the colon must be that session's owner.
 * Login/password sign-in (Option 1 of the docs) is not supported: the sandbox has no passwords here.
 */
export function resolveStreamerLogin(world: SandboxWorld, url: URL): number | null {
  const user = url.searchParams.get('User') ?? '';
  const password = url.searchParams.get('Password') ?? '';
  const colon = user.indexOf(':');
  const userPart = colon === -1 ? user : user.slice(0, colon);
  const sessionPart = colon === -1 ? '' : user.slice(colon + 1);
  for (const candidate of [password, sessionPart]) {
    if (!candidate) continue;
    const owner = world.userIdForStreamerSession(candidate);
    if (owner !== null) return userPart === String(owner) ? owner : null;
  }
  return null;
}

/** `{"Cmd":"CreateSession.txt","StatusCode":"Ok","SessionId":"…"}`. */
export const createSessionOk = (sessionId: string): StreamMessage => ({
  Cmd: CMD.createSession,
  StatusCode: STREAM_STATUS.ok,
  SessionId: sessionId,
});

/** `{"Cmd":"CreateSession.txt","StatusCode":"Error","Message":"…"}` (the socket is then closed). */
export const createSessionError = (message: string): StreamMessage => ({
  Cmd: CMD.createSession,
  StatusCode: STREAM_STATUS.error,
  Message: message,
});

/** The keep-alive the server sends; clients answer `{"Cmd":"Pong"}`. */
export const PING: StreamMessage = { Cmd: CMD.ping };

/**
 * Acknowledgement of a Subscribe.txt/Unsubscribe.txt: echoes `Cmd`, `SessionId`, `EntityType`
 * and the accepted `Keys` (joined with `;`). `StatusCode` is `"Error"` when any key was refused,
 * listing them in `RejectedKeys`, with a `Message`.
 */
export function commandAck(
  command: ClientCommand,
  accepted: readonly string[],
  rejected: readonly string[] = [],
  message?: string,
): StreamMessage {
  const ack: StreamMessage = {
    Cmd: command.Cmd,
    StatusCode:
      rejected.length === 0 && message === undefined ? STREAM_STATUS.ok : STREAM_STATUS.error,
    SessionId: command.SessionId ?? '',
    EntityType: command.EntityType ?? '',
    Keys: accepted.join(';'),
  };
  if (rejected.length > 0) ack.RejectedKeys = rejected.join(';');
  if (message !== undefined) ack.Message = message;
  return ack;
}

/** Error reply to a frame that is not a command the streamer knows. */
export const commandError = (cmd: string, message: string): StreamMessage => ({
  Cmd: cmd,
  StatusCode: STREAM_STATUS.error,
  Message: message,
});
