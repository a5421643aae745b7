/**
 * MSW request handlers that serve a sandbox inside the page: REST through the sandbox's
 * `fetch`, and the two streamers through MSW's WebSocket interception.
 */
import { http, ws, type RequestHandler, type WebSocketHandler } from 'msw';
import type { StreamerHub } from '../contract.ts';
import { streamerKindForPath } from '../stream/protocol.ts';
import { adaptMswClient } from './msw-socket.ts';

/** What the handlers serve: a Web-standard fetch (the sandbox app) and its streamer hub. */
export interface BrowserSandboxTarget {
  fetch(request: Request): Response | Promise<Response>;
  hub: StreamerHub | null;
}

/** Where the intercepted sandbox lives, derived from its API base URL (`https://host[/mount]/api`). */
export interface SandboxAddress {
  /** `https://host` */
  origin: string;
  /** Path before `/api`, '' normally. */
  mount: string;
  /** `wss://host` (or `ws://` for http). */
  streamOrigin: string;
}

/** Parse an API base URL such as `https://sandbox.autoshares.local/api`; its path must end in `/api`. */
export function sandboxAddress(baseUrl: string): SandboxAddress {
  const url = new URL(baseUrl);
  const path = url.pathname.replace(/\/+$/, '');
  if (!path.endsWith('/api'))
    throw new Error(`The sandbox base URL must end in /api, got ${baseUrl}`);
  return {
    origin: url.origin,
    mount: path.slice(0, -'/api'.length),
    streamOrigin: `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`,
  };
}

/** Hand a request to the sandbox, with the mount path (if any) taken off its URL. */
function forward(
  target: BrowserSandboxTarget,
  request: Request,
  mount: string,
): Response | Promise<Response> {
  if (!mount) return target.fetch(request);
  const url = new URL(request.url);
  url.pathname = url.pathname.slice(mount.length);
  return target.fetch(new Request(url, request));
}

/**
 * Handlers for `setupWorker(...)`: every request to `<origin><mount>/api/*`,
 * `<origin><mount>/__sandbox/*` and `<origin><mount>/shareworks/*` goes to the sandbox; WebSockets to
 * `<ws origin>/streamer/{quote,data}/CreateSession.txt` are served by the hub (other streamer
 * paths are closed).
 */
export function createSandboxHandlers(
  target: BrowserSandboxTarget,
  baseUrl: string,
): (RequestHandler | WebSocketHandler)[] {
  const { origin, mount, streamOrigin } = sandboxAddress(baseUrl);
  const handlers: (RequestHandler | WebSocketHandler)[] = [
    http.all(`${origin}${mount}/api/*`, ({ request }) => forward(target, request, mount)),
    http.all(`${origin}${mount}/__sandbox/*`, ({ request }) => forward(target, request, mount)),
    http.all(`${origin}${mount}/sharesight/*`, ({ request }) => forward(target, request, mount)),
    http.all(`${origin}${mount}/shareworks/*`, ({ request }) => forward(target, request, mount)),
  ];
  const { hub } = target;
  if (hub) {
    const streamer = ws.link(`${streamOrigin}/streamer/*`);
    handlers.push(
      streamer.addEventListener('connection', ({ client }) => {
        const kind = streamerKindForPath(client.url.pathname);
        if (kind === null) {
          client.close(1008, 'Unknown streamer path');
          return;
        }
        hub.accept(kind, client.url, adaptMswClient(client));
      }),
    );
  }
  return handlers;
}
