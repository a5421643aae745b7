/**
 * REST side of the streamer: discovery (`GET /v1.0/streamers`), session recovery, and the
 * sandbox's stream controls (`/__sandbox/faults/sockets`, `/__sandbox/streams`).
 */
import type { Context, Hono } from 'hono';
import type { SandboxEnv, StreamerHub, StreamerKind } from '../contract.ts';
import type { Schemas } from '../contract.ts';
import { unsupportedApiVersion } from '../http/errors.ts';

/** Where the app serves the REST API (the AutoShares `basePath`). */
export const API_BASE = '/api';
/** Path of each streamer on the sandbox's host; clients append `/CreateSession.txt`. */
export const STREAMER_PATHS: Record<StreamerKind, string> = {
  quote: '/streamer/quote',
  data: '/streamer/data',
};

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

const SESSION_TYPES: Record<string, StreamerKind> = { '0': 'data', '1': 'quote' };

/**
 * Add the streamer routes to the sandbox app. Register after the app's auth middleware, so the
 * `/api/v1.0/*` routes see `c.get('userId')`.
 * - `GET /api/v1.0/streamers` → `{QuoteAddresses:[{Url,Type:"EntitlementBased",SessionId}],
 *   DataAddresses:[{Url,Type:"delayed",SessionId}]}` with fresh streamer sessions;
 * - `PUT /api/v1.0/streamers/session/recover?sessionType=0|1` → `{"Id":"<new session id>"}`;
 * - `POST /__sandbox/faults/sockets` `{drop?, malformed?, userId?}` → `{dropped, malformed}`;
 * - `GET /__sandbox/streams` → `hub.stats()`.
 */
export function registerStreamerRoutes(app: Hono<SandboxEnv>, hub: StreamerHub): void {
  app.get(`${API_BASE}/v1.0/streamers`, (c) => {
    const world = c.get('world');
    const userId = c.get('userId');
    const body: Schemas['StreamerDataModel'] = {
      QuoteAddresses: [
        {
          Url: streamerUrl(c.req.url, 'quote'),
          Type: 'EntitlementBased',
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

  app.put(`${API_BASE}/v1.0/streamers/session/recover`, (c: Context<SandboxEnv>) => {
    const kind = SESSION_TYPES[c.req.query('sessionType') ?? ''];
    if (kind === undefined) throw unsupportedApiVersion(c.req.url);
    return c.json({ Id: c.get('world').createStreamerSession(c.get('userId'), kind) });
  });

  app.post('/__sandbox/faults/sockets', async (c) => {
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

  app.get('/__sandbox/streams', (c) => c.json(hub.stats()));
}
