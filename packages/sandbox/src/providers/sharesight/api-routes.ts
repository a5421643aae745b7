/**
 * The API routes of the simulated Sharesight (under its base path): every request is
 * authenticated (OAuth 2.0 bearer token or OAuth 1.0a signature), counted against the minute
 * rate, and sees only its user's portfolios (another user's id answers 404, as an unknown one).
 *
 * - v3: `GET /api/v3/portfolios`, `/portfolios/{id}`, `/portfolios/{id}/holdings`,
 *   `/portfolios/{id}/performance`, `/portfolios/{id}/performance_index_chart`,
 *   `POST /api/v3/oauth/revoke`;
 * - v2: `GET /api/v2/portfolios/{id}/payouts.json`, `GET /api/v2/holdings/{id}/payouts.json`.
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { ownedHolding, ownedPortfolio, portfoliosOf } from './data.ts';
import type { SharesightEnv } from './env.ts';
import type { OAuth1Server } from './oauth1.ts';
import type { OAuth2Server } from './oauth2.ts';
import { oauth1ErrorResponse, signedRequestOf } from './auth-routes.ts';
import type { MinuteRateLimit } from './rate-limit.ts';
import {
  GROUPINGS,
  holdingJson,
  indexChart,
  payoutsJson,
  performanceReport,
  portfolioJson,
  type Grouping,
  type ReportPeriod,
} from './reports.ts';

type Ctx = Context<SharesightEnv>;

let transactionId = 980_192_908;

function apiTransaction(c: Ctx, version: 2 | 3) {
  const now = c.get('ssNow');
  return {
    id: transactionId++,
    version,
    action: new URL(c.req.url).pathname,
    timestamp: new Date(now()).toISOString(),
  };
}

function apiError(c: Ctx, status: 400 | 404, error: string | number, reason: string): Response {
  return c.json({ error, reason, transaction_id: transactionId++ }, status);
}

/** Authenticates the caller (bearer first, else an OAuth 1.0a signature). */
function authenticate(
  oauth2: OAuth2Server,
  oauth1: OAuth1Server,
): MiddlewareHandler<SharesightEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (bearer !== undefined) {
      const grant = oauth2.lookup(bearer);
      if (grant === 'revoked')
        return c.json(
          { error: 'invalid_token', reason: 'The OAuth access token has been revoked.' },
          403,
        );
      if (typeof grant === 'string') {
        const description =
          grant === 'expired' ? 'The access token expired' : 'The access token is invalid';
        return c.json({ error: 'invalid_token', error_description: description }, 401, {
          'WWW-Authenticate': `Bearer realm="Sharesight", error="invalid_token", error_description="${description}"`,
        });
      }
      c.set('ssUserId', grant.userId);
      c.set('ssClientId', grant.clientId);
      return next();
    }
    if (/^OAuth\s/i.test(header)) {
      try {
        const who = await oauth1.authenticate(await signedRequestOf(c));
        c.set('ssUserId', who.userId);
        c.set('ssClientId', who.clientId);
      } catch (error) {
        return oauth1ErrorResponse(c, error);
      }
      return next();
    }
    return c.json(
      { error: 'invalid_token', error_description: 'The access token is missing' },
      401,
      {
        'WWW-Authenticate': 'Bearer realm="Sharesight"',
      },
    );
  };
}

function limitRate(limit: MinuteRateLimit): MiddlewareHandler<SharesightEnv> {
  return async (c, next) => {
    const { allowed, headers } = limit.take(c.get('ssClientId'));
    if (!allowed)
      return c.json(
        {
          error: 'rate_limit_exceeded',
          reason: 'You have exceeded the API rate limit of 360 requests per minute.',
        },
        403,
        headers,
      );
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** start_date / end_date (defaults: inception date, today), or an error response. */
function periodOf(c: Ctx, inception: string): ReportPeriod | Response {
  const today = new Date(c.get('ssNow')()).toISOString().slice(0, 10);
  const start = c.req.query('start_date') || inception;
  const end = c.req.query('end_date') || today;
  for (const [name, value] of [
    ['start_date', start],
    ['end_date', end],
  ] as const)
    if (!DATE.test(value) || Number.isNaN(Date.parse(value)))
      return apiError(c, 400, 'invalid_date', `${name} must be a date in the format YYYY-MM-DD`);
  if (start > end) return apiError(c, 400, 'invalid_date', 'start_date must not be after end_date');
  return { start, end };
}

function groupingOf(c: Ctx, fallback: Grouping): Grouping | Response {
  const value = c.req.query('grouping') || fallback;
  if ((GROUPINGS as readonly string[]).includes(value)) return value as Grouping;
  return apiError(c, 400, 'invalid_grouping', `grouping must be one of: ${GROUPINGS.join(', ')}`);
}

function idOf(c: Ctx, name: string): number {
  const raw = c.req.param(name) ?? '';
  return /^\d{1,12}$/.test(raw) ? Number(raw) : -1;
}

export function registerSharesightApiRoutes(
  app: Hono<SharesightEnv>,
  deps: {
    oauth2: OAuth2Server;
    oauth1: OAuth1Server;
    rateLimit: MinuteRateLimit;
    basePath: string;
    now: () => number;
  },
): void {
  app.use('*', async (c, next) => {
    c.set('ssNow', deps.now);
    await next();
  });
  app.use('/api/*', authenticate(deps.oauth2, deps.oauth1), limitRate(deps.rateLimit));
  const selfLink = (c: Ctx) => ({ self: c.req.url });
  const originOf = (c: Ctx) => `${new URL(c.req.url).origin}${deps.basePath}`;

  app.get('/api/v3/portfolios', (c) =>
    c.json({
      portfolios: portfoliosOf(c.get('ssUserId')).map(portfolioJson),
      api_transaction: apiTransaction(c, 3),
      links: selfLink(c),
    }),
  );

  const portfolioOr404 = (c: Ctx) => {
    const portfolio = ownedPortfolio(c.get('ssUserId'), idOf(c, 'id'));
    return portfolio ?? apiError(c, 404, 'not_found', 'Portfolio not found');
  };

  app.get('/api/v3/portfolios/:id', (c) => {
    const p = portfolioOr404(c);
    if (p instanceof Response) return p;
    return c.json({
      portfolio: portfolioJson(p),
      api_transaction: apiTransaction(c, 3),
      links: selfLink(c),
    });
  });

  app.get('/api/v3/portfolios/:id/holdings', (c) => {
    const p = portfolioOr404(c);
    if (p instanceof Response) return p;
    return c.json({
      holdings: p.holdings.map((h) => holdingJson(p, h)),
      api_transaction: apiTransaction(c, 3),
      links: { self: c.req.url, portfolio: `${originOf(c)}/api/v3/portfolios/${p.id}` },
    });
  });

  app.get('/api/v3/portfolios/:id/performance', (c) => {
    const p = portfolioOr404(c);
    if (p instanceof Response) return p;
    const period = periodOf(c, p.inceptionDate);
    if (period instanceof Response) return period;
    const grouping = groupingOf(c, 'market');
    if (grouping instanceof Response) return grouping;
    const report = performanceReport(p, period, grouping, c.req.query('include_sales') === 'true');
    return c.json({ report, api_transaction: apiTransaction(c, 3), links: selfLink(c) });
  });

  app.get('/api/v3/portfolios/:id/performance_index_chart', (c) => {
    const p = portfolioOr404(c);
    if (p instanceof Response) return p;
    const period = periodOf(c, p.inceptionDate);
    if (period instanceof Response) return period;
    const grouping = groupingOf(c, 'ungrouped');
    if (grouping instanceof Response) return grouping;
    return c.json({
      performance_index_chart: indexChart(p, period, grouping),
      api_transaction: apiTransaction(c, 3),
      links: selfLink(c),
    });
  });

  app.post('/api/v3/oauth/revoke', async (c) => {
    let clientId = '';
    try {
      const body = (await c.req.json()) as { client_id?: unknown };
      clientId = typeof body.client_id === 'string' ? body.client_id : '';
    } catch {
      clientId = '';
    }
    if (clientId !== c.get('ssClientId'))
      return apiError(c, 404, 'not_found', 'Application not found');
    deps.oauth2.revokeAll(c.get('ssUserId'), clientId);
    deps.oauth1.revokeAll(c.get('ssUserId'), clientId);
    return c.json({ api_transaction: apiTransaction(c, 3) });
  });

  const useDateOf = (c: Ctx) => (c.req.query('use_date') === 'ex_date' ? 'ex_date' : 'paid_on');

  app.get('/api/v2/portfolios/:id/payouts.json', (c) => {
    const p = ownedPortfolio(c.get('ssUserId'), idOf(c, 'id'));
    if (!p) return apiError(c, 404, 2003, 'Portfolio not found');
    const period = periodOf(c, p.inceptionDate);
    if (period instanceof Response) return period;
    return c.json({
      payouts: payoutsJson(p, p.holdings, period, useDateOf(c), originOf(c)),
      links: { self: `${originOf(c)}/api/v2/portfolios/${p.id}/payouts` },
    });
  });

  app.get('/api/v2/holdings/:id/payouts.json', (c) => {
    const h = ownedHolding(c.get('ssUserId'), idOf(c, 'id'));
    const p = h ? ownedPortfolio(c.get('ssUserId'), h.portfolioId) : undefined;
    if (!h || !p) return apiError(c, 404, 2004, 'Holding not found');
    const period = periodOf(c, p.inceptionDate);
    if (period instanceof Response) return period;
    return c.json({
      payouts: payoutsJson(p, [h], period, useDateOf(c), originOf(c)),
      links: { self: `${originOf(c)}/api/v2/holdings/${h.id}/payouts` },
    });
  });

  app.all('/api/*', (c) => apiError(c, 404, 'not_found', 'No such API resource'));
}
