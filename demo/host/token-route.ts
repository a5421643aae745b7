/**
 * The demo host's server side: what a real trading platform's backend does. The page's
 * `tokenProvider` calls `GET /host/token`; this route signs in to the sandbox's `POST /api/token`
 * with the demo credentials (which never reach the browser) and returns
 * `{ access_token, expires_at }`. Also fills `%AS_API_URL%` / `%AS_APP_KEY%` in the demo pages.
 *
 * The token goes only to pages of the demo's own origin: a cross-origin caller (another local
 * port included) gets 403, checked with `@autoshares/host`'s own `isSameOriginRequest`
 * (`Sec-Fetch-Site`, else `Origin`), and no answer carries CORS headers (vite.config.ts turns
 * the dev server's CORS off), so no other site can read it. Partners copying this route: keep
 * both.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, ViteDevServer } from 'vite';
import { isSameOriginRequest } from '../../packages/host/src/index.ts';

export interface DemoHostOptions {
  /** Sandbox origin, e.g. `http://127.0.0.1:4010`. */
  sandboxUrl: string;
  appKey: string;
  username: string;
  password: string;
  /** How long the demo treats a token as valid, in ms (the sandbox does not say). */
  tokenLifetimeMs?: number;
  /** The demo site's own origin (default: the dev server's address, `http://<host>:<port>`). */
  origin?: string;
}

async function issueToken(
  options: DemoHostOptions,
): Promise<{ access_token: string; expires_at: number }> {
  const response = await fetch(`${options.sandboxUrl}/api/token`, {
    method: 'POST',
    headers: {
      'Et-App-Key': options.appKey,
      Username: options.username,
      Password: options.password,
      'Content-Length': '0',
    },
  });
  const body = (await response.json().catch(() => ({}))) as { State?: string; Token?: string };
  if (!response.ok || body.State !== 'Succeeded' || !body.Token) {
    throw new Error(`sign-in to the sandbox failed (${response.status})`);
  }
  return {
    access_token: body.Token,
    expires_at: Date.now() + (options.tokenLifetimeMs ?? 55 * 60_000),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Vary', 'Origin, Sec-Fetch-Site');
  res.end(JSON.stringify(body));
}

/** A Node request's headers as fetch `Headers`. */
function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      headers.append(name, v);
  }
  return headers;
}

/** The dev server's own origin, once it listens. */
function serverOrigin(server: ViteDevServer): string {
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : server.config.server.port;
  const host =
    typeof server.config.server.host === 'string' ? server.config.server.host : 'localhost';
  return `http://${host}:${port}`;
}

/** Vite plugin: the `/host/token` route and the demo pages' config placeholders. */
export function demoHost(options: DemoHostOptions): Plugin {
  return {
    name: 'autoshares-demo-host',
    configureServer(server) {
      server.middlewares.use('/host/token', (req: IncomingMessage, res: ServerResponse) => {
        if (req.method !== 'GET' && req.method !== 'POST')
          return send(res, 405, { error: 'method not allowed' });
        const origin = options.origin ?? serverOrigin(server);
        if (!isSameOriginRequest({ headers: headersOf(req) }, origin))
          return send(res, 403, { error: 'The token is given only to pages of this site.' });
        issueToken(options).then(
          (token) => send(res, 200, token),
          // the message never contains credentials or the token
          (error: Error) => send(res, 502, { error: error.message }),
        );
      });
    },
    transformIndexHtml(html) {
      return html
        .replaceAll('%AS_API_URL%', `${options.sandboxUrl}/api`)
        .replaceAll('%AS_APP_KEY%', options.appKey);
    },
  };
}
