/**
 * REST side of the streamer: discovery (`GET /v1.0/streamers`), session recovery, and the
 * sandbox's stream controls (`/__sandbox/faults/sockets`, `/__sandbox/streams`).
 */
import type { Context, Hono } from 'hono';
import {
  STREAMER_SESSION_TYPE,
  type SandboxEnv,
  type StreamerHub,
  type StreamerKind,
} from '../contract.ts';
import type { Schemas } from '../contract.ts';
import { unsupportedApiVersion } from '../http/errors.ts';
import { STREAMER_PATHS } from './protocol.ts';

/** `ws://<host>/streamer/<kind>` for a request to `http://<host>`, `wss://` for https. */
export function streamerUrl(requestUrl: string, kind: StreamerKind): string {
  const url = new URL(requestUrl);
  const scheme = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${url.host}${STREAMER_PATHS[kind]}`;
}

/** The body `POST /__sandbox/faults/sockets` takes. */
export interface SocketFaultRequest {
  /** Close every streamer socket (of `userId`, when given). */
  drop?: boolean;
  /** Corrupt the next N messages to every socket (of `userId`). */
  malformed?: number;
  userId?: number;
}

/** The streamer of a `sessionType` query value (`STREAMER_SESSION_TYPE`: 0 data, 1 quote), or undefined. */
const kindOfSessionType = (value: string | undefined): StreamerKind | undefined =>
  (Object.keys(STREAMER_SESSION_TYPE) as StreamerKind[]).find(
    (kind) => String(STREAMER_SESSION_TYPE[kind]) === value,
  );

/**
 * Add the streamer's REST routes to the sandbox's `/api` app (base path `/api`, after the auth
 * middleware, so `c.get('userId')` and `c.get('world')` are set):
 * - `GET /v1.0/streamers` → `{QuoteAddresses:[{Url,Type:"EntitlementBased",SessionId}],
 *   (`Type` `"Delayed"` while the user has an unsigned market-data agreement)
 *   DataAddresses:[{Url,Type:"delayed",SessionId}]}` with fresh streamer sessions of the user;
 * - `PUT /v1.0/streamers/session/recover?sessionType=0|1` → `{"Id":"<new session id>"}`
 *   (0 = data, 1 = quote; anything else is the documented 404).
 * Shaped as a `RouteRegistrar`: pass it in `createApp`'s `routes`.
 */
export function registerStreamerRoutes(api: Hono<SandboxEnv>): void {
  api.get('/v1.0/streamers', (c) => {
    const world = c.get('world');
    const userId = c.get('userId');
    const body: Schemas['StreamerDataModel'] = {
      QuoteAddresses: [
        {
          Url: streamerUrl(c.req.url, 'quote'),
          // Quotes are delayed until the user signs a market-data agreement (`/users/{id}/agreements`).
          Type: (world.quoteDelayMs?.(userId) ?? 0) > 0 ? 'Delayed' : 'EntitlementBased',
          SessionId: world.createStreamerSession(userId, 'quote'),
        },
      ],
      DataAddresses: [
        {
          Url: streamerUrl(c.req.url, 'data'),
          Type: 'delayed',
          SessionId: world.createStreamerSession(userId, 'data'),
        },
      ],
    };
    return c.json(body);
  });

  api.put('/v1.0/streamers/session/recover', (c: Context<SandboxEnv>) => {
    const kind = kindOfSessionType(c.req.query('sessionType'));
    if (kind === undefined) throw unsupportedApiVersion(c.req.url);
    return c.json({ Id: c.get('world').createStreamerSession(c.get('userId'), kind) });
  });
}

/**
 * Add the stream controls to the sandbox's `/__sandbox` app (base path `/__sandbox`):
 * - `POST /faults/sockets` `{drop?: true, malformed?: number, userId?: number}` →
 *   `{dropped, malformed}`: corrupt the next N messages and/or drop the sockets (of a user);
 * - `GET /streams` → `hub.stats()` (open sockets per streamer, subscriptions, connections opened);
 * - `POST /streams/stamp` `{sentAt: boolean}` → `{sentAt}`: data messages end with a `SentAt`
 *   field (send time, epoch ms) while on — sandbox behaviour for benchmarks, off by default.
 * Shaped as a `RouteRegistrar` (`(app, deps)`): pass it in `createApp`'s `controlRoutes`.
 */
export function registerStreamerControlRoutes(
  control: Hono<SandboxEnv>,
  { hub }: { hub: StreamerHub | null },
): void {
  if (!hub) return;
  control.post('/faults/sockets', async (c) => {
    const request = ((await c.req.json().catch(() => ({}))) ?? {}) as SocketFaultRequest;
    const userId = typeof request.userId === 'number' ? request.userId : undefined;
    const malformed =
      typeof request.malformed === 'number' && request.malformed > 0
        ? Math.floor(request.malformed)
        : 0;
    // Corrupt first, then drop: dropping clears the sockets the corruption would apply to.
    if (malformed > 0) hub.sendMalformed(malformed, userId);
    const dropped = request.drop === true ? hub.dropSockets(userId) : 0;
    return c.json({ dropped, malformed });
  });

  control.get('/streams', (c) => c.json(hub.stats()));

  control.post('/streams/stamp', async (c) => {
    const request = ((await c.req.json().catch(() => ({}))) ?? {}) as { sentAt?: unknown };
    if (typeof request.sentAt !== 'boolean')
      return c.json({ message: 'Expected {"sentAt": true|false}' }, 400);
    hub.stampSendTime(request.sentAt);
    return c.json({ sentAt: request.sentAt });
  });
}
