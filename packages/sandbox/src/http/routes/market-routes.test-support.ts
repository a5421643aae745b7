/**
 * Test support for the market-side route groups: a small Hono app (base path `/api`) over a
 * Market, Watchlists and PriceAlerts, with a stub auth middleware that plays the app's part
 * (userId from the `X-Test-User` header, default 7; `{userId}` must be `@me` or that id, else
 * the documented 401) and the app's ApiError handler.
 */
import { Hono } from 'hono';
import type { SandboxEnv, SandboxWorld, WorldEvent } from '../../contract.ts';
import { PriceAlerts } from '../../world/alerts.ts';
import { Market } from '../../world/market/market.ts';
import { Random } from '../../world/random.ts';
import { Watchlists } from '../../world/watchlists.ts';
import { ApiError, noResource, sendError, serverError, unauthorized } from '../errors.ts';
import { registerAlertRoutes } from './alerts.ts';
import { registerHistoryRoutes } from './history.ts';
import { registerNewsRoutes } from './news.ts';
import { registerSecurityRoutes } from './securities.ts';
import { registerWatchlistRoutes } from './watchlists.ts';

export const TEST_START = Date.UTC(2026, 10, 23, 16, 0); // Monday 11:00 New York

export function marketTestApp(seed = 42) {
  let now = TEST_START;
  const events: WorldEvent[] = [];
  const clock = () => now;
  const emit = (e: WorldEvent) => events.push(e);
  const market = new Market({ random: new Random(seed), now: clock, emit });
  const watchlists = new Watchlists({ security: (s) => market.securityModel(s), now: clock, emit });
  const alerts = new PriceAlerts({ market, now: clock, emit });
  const world = { market, watchlists, alerts };

  const app = new Hono<SandboxEnv>();
  const api = app.basePath('/api');
  api.use('/v1.0/*', async (c, next) => {
    c.set('userId', Number(c.req.header('X-Test-User') ?? 7));
    c.set('world', {} as SandboxWorld);
    await next();
  });
  api.use('/v1.0/users/:userId/*', async (c, next) => {
    const raw = c.req.param('userId');
    if (raw.toLowerCase() !== '@me' && Number(raw) !== c.get('userId')) throw unauthorized();
    await next();
  });
  registerSecurityRoutes(api, { world });
  registerHistoryRoutes(api, { world });
  registerNewsRoutes(api, { world });
  registerWatchlistRoutes(api, { world });
  registerAlertRoutes(api, { world });
  app.notFound((c) => sendError(c, noResource(c.req.url)));
  app.onError((error, c) =>
    error instanceof ApiError ? sendError(c, error) : sendError(c, serverError(String(error))),
  );

  /** Calls the app; `body` is JSON-encoded unless it is a string. */
  async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    }
    const res = await app.fetch(new Request(`http://127.0.0.1/api${path}`, init));
    const text = await res.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const json: any = text ? JSON.parse(text) : null;
    return { status: res.status, json, text };
  }

  return {
    app,
    call,
    world,
    market,
    watchlists,
    alerts,
    events,
    advance: (ms: number) => (now += ms),
  };
}
