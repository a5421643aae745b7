/**
 * The sandbox's HTTP app (Hono): one Web-standard `fetch(Request) → Response` that the Node
 * server and the in-browser MSW adapter both serve.
 *
 * - `POST /api/token`, `POST /api/logout`
 * - `/api/v1.0/*`: `Et-App-Key` (403), bearer token (401), `{userId}` / `{accountId}` checks,
 *   then the REST routes
 * - `/__sandbox/*`: the control API (users, prices, steps, market, faults, stats, news)
 * - CORS for pages on any localhost port; unknown routes answer the documented 404 body, and
 *   any thrown error the documented 500 body (never a crash)
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { SandboxEnv } from '../contract.ts';
import { checkAccountParam, checkUserParam, requireAppKey, requireToken } from './auth.ts';
import { registerControlRoutes } from './control.ts';
import type { RouteRegistrar, SandboxDeps } from './deps.ts';
import { ApiError, noResource, sendError, serverError } from './errors.ts';
import { registerAccountRoutes } from './routes/accounts.ts';
import { registerAchRoutes } from './routes/ach.ts';
import { registerActivityRoutes } from './routes/activity.ts';
import { registerAgreementControlRoutes } from './routes/agreements-control.ts';
import { registerAgreementRoutes } from './routes/agreements.ts';
import { registerFundingControlRoutes } from './routes/funding-control.ts';
import { registerTransferRoutes } from './routes/transfers.ts';
import { registerAlertRoutes } from './routes/alerts.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerHistoryRoutes } from './routes/history.ts';
import { registerNewsRoutes } from './routes/news.ts';
import { registerOrderRoutes } from './routes/orders.ts';
import { registerPositionRoutes } from './routes/positions.ts';
import { registerSecurityRoutes } from './routes/securities.ts';
import { registerTransactionRoutes } from './routes/transactions.ts';
import { registerUserRoutes } from './routes/users.ts';
import { registerWatchlistRoutes } from './routes/watchlists.ts';

export interface AppOptions {
  /** Extra REST registrars (base path `/api`), mounted after the built-in ones. */
  routes?: RouteRegistrar[];
  /** Extra control registrars (base path `/__sandbox`), e.g. the streamer's socket faults. */
  controlRoutes?: RouteRegistrar[];
}

/** Request headers a browser page may send. */
export const CORS_ALLOW_HEADERS = [
  'Authorization',
  'Et-App-Key',
  'Username',
  'Password',
  'VerificationCode',
  'PinCode',
  'Content-Type',
  'Accept',
  'language',
  'X-Sandbox-Fault',
];
/** Response headers a browser page may read. */
export const CORS_EXPOSE_HEADERS = [
  'Retry-After',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
];

/** Pages served from localhost / 127.0.0.1 / [::1] on any port. */
export function isLocalOrigin(origin: string): boolean {
  try {
    const { hostname, protocol } = new URL(origin);
    return (
      (protocol === 'http:' || protocol === 'https:') &&
      ['localhost', '127.0.0.1', '[::1]'].includes(hostname)
    );
  } catch {
    return false;
  }
}

/** REST routes every sandbox serves. */
const BUILT_IN_ROUTES: RouteRegistrar[] = [
  registerUserRoutes,
  registerAccountRoutes,
  registerOrderRoutes,
  registerPositionRoutes,
  registerTransactionRoutes,
  registerSecurityRoutes,
  registerHistoryRoutes,
  registerNewsRoutes,
  registerWatchlistRoutes,
  registerAlertRoutes,
  registerAchRoutes,
  registerTransferRoutes,
  registerActivityRoutes,
  registerAgreementRoutes,
];

/** Control routes every sandbox serves besides the core ones. */
const BUILT_IN_CONTROL_ROUTES: RouteRegistrar[] = [
  registerFundingControlRoutes,
  registerAgreementControlRoutes,
];

/** Builds the app over a world and its services. */
export function createApp(deps: SandboxDeps, options: AppOptions = {}): Hono<SandboxEnv> {
  const { world } = deps;
  const app = new Hono<SandboxEnv>();
  app.use(
    '*',
    cors({
      origin: (origin) => (isLocalOrigin(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
      allowHeaders: CORS_ALLOW_HEADERS,
      exposeHeaders: CORS_EXPOSE_HEADERS,
      maxAge: 600,
    }),
  );
  app.use('/api/*', deps.stats.middleware());
  app.use('/api/*', deps.faults.middleware());

  const api = app.basePath('/api');
  registerAuthRoutes(api, deps);
  api.use('/v1.0/*', requireAppKey(), requireToken(world));
  api.use('/v1.0/users/:userId/*', checkUserParam(world));
  api.use('/v1.0/accounts/:accountId/*', checkAccountParam(world));
  for (const register of [...BUILT_IN_ROUTES, ...(options.routes ?? [])]) register(api, deps);

  const control = app.basePath('/__sandbox');
  registerControlRoutes(control, deps);
  for (const register of [...BUILT_IN_CONTROL_ROUTES, ...(options.controlRoutes ?? [])])
    register(control, deps);

  app.notFound((c) => sendError(c, noResource(c.req.url)));
  app.onError((error, c) => {
    if (error instanceof ApiError) return sendError(c, error);
    console.error('[sandbox] unexpected error:', error);
    return sendError(c, serverError());
  });
  return app;
}
