/**
 * The demo host's server side: what a real trading platform's backend does. The page's
 * `tokenProvider` calls `GET /host/token`; this route signs in to the sandbox's `POST /api/token`
 * with the demo credentials (which never reach the browser) and returns
 * `{ access_token, expires_at }`. Also fills `%AS_API_URL%` / `%AS_APP_KEY%` in the demo pages.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

export interface DemoHostOptions {
  /** Sandbox origin, e.g. `http://127.0.0.1:4010`. */
  sandboxUrl: string;
  appKey: string;
  username: string;
  password: string;
  /** How long the demo treats a token as valid, in ms (the sandbox does not say). */
  tokenLifetimeMs?: number;
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
  res.end(JSON.stringify(body));
}

/** Vite plugin: the `/host/token` route and the demo pages' config placeholders. */
export function demoHost(options: DemoHostOptions): Plugin {
  return {
    name: 'autoshares-demo-host',
    configureServer(server) {
      server.middlewares.use('/host/token', (req: IncomingMessage, res: ServerResponse) => {
        if (req.method !== 'GET' && req.method !== 'POST')
          return send(res, 405, { error: 'method not allowed' });
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
