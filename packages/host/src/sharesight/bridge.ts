/**
 * `createSharesightBridge()`: the server-side Sharesight connection a partner mounts on its own
 * site (default under `/sharesight`). The browser only ever talks to these routes, for the
 * person the site says is signed in (`userOf`):
 *
 * - `GET  /connect`: starts OAuth 2.0 (or the Connect OAuth 1.0a flow) and redirects to Sharesight;
 * - `GET  /callback`: finishes it and keeps the grant server-side, then redirects to `afterConnect`;
 * - `GET  /status`: `{ connected }`;
 * - `POST /disconnect`: revokes the grant at Sharesight and forgets it (same-origin pages only);
 * - `GET  /portfolios`: the person's portfolios (id, name, currency, inception date);
 * - `GET  /portfolios/{id}/performance|holdings|index-chart|payouts`: that report of one of
 *   their own portfolios, with the few query parameters each accepts.
 *
 * No secret or token ever reaches the browser; answers are JSON `{ error, message }` on failure
 * (401 `not_connected` / `signed_out`, 400, 404, 429 `rate_limited` with `Retry-After`, 502).
 */
import { BridgeError } from '../oauth-client.ts';
import { isSameOriginRequest } from '../same-origin.ts';
import { NotConnectedError, SharesightApi } from './api.ts';
import { SharesightOAuth1, type OAuth1Pending } from './oauth1-client.ts';
import { SharesightOAuth2, type OAuth2Pending } from './oauth2-client.ts';
import { memoryGrantStore, type SharesightBridgeOptions } from './options.ts';
import { RateGate, RateLimitedError } from './rate-gate.ts';
import { checkedQuery, parseReadPath, ReadRequestError } from './read-routes.ts';

export interface SharesightBridge {
  (request: Request): Promise<Response>;
  /** The normalised mount path, e.g. `/sharesight`. */
  readonly basePath: string;
}

const HEADERS = {
  'Cache-Control': 'no-store',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  Vary: 'Origin, Sec-Fetch-Site',
};

const json = (status: number, body: unknown, extra: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { ...HEADERS, 'Content-Type': 'application/json', ...extra },
  });

const fail = (status: number, error: string, message: string, extra?: Record<string, string>) =>
  json(status, { error, message }, extra);

/** Pending connections expire after 10 minutes. */
const PENDING_LIFETIME_MS = 10 * 60 * 1000;
/** How long the list of a person's portfolio ids is trusted. */
const PORTFOLIO_CACHE_MS = 60_000;

interface Pending {
  expiresAt: number;
  oauth2?: OAuth2Pending;
  oauth1?: OAuth1Pending;
}

interface PortfolioSummary {
  id: number;
  name: string;
  currency_code: string;
  inception_date: string;
}

export function createSharesightBridge(options: SharesightBridgeOptions): SharesightBridge {
  const basePath = `/${(options.basePath ?? '/sharesight').replace(/^\/+|\/+$/g, '')}`;
  const origin = new URL(options.redirectUri).origin;
  const afterConnect =
    options.afterConnect?.startsWith('/') && !options.afterConnect.startsWith('//')
      ? options.afterConnect
      : '/';
  const store = options.store ?? memoryGrantStore();
  const oauth2 = new SharesightOAuth2(options);
  const oauth1 = new SharesightOAuth1(options);
  const gate = new RateGate(options.rateLimitBackoffMs ?? 60_000, options.maxConcurrent ?? 3);
  const api = new SharesightApi(options.sharesightUrl, store, oauth2, oauth1, gate, options.fetch);
  const pending = new Map<string, Pending>();
  const portfolioCache = new Map<string, { at: number; list: PortfolioSummary[] }>();

  async function portfolios(userId: string, fresh = false): Promise<PortfolioSummary[]> {
    const cached = portfolioCache.get(userId);
    if (!fresh && cached && Date.now() - cached.at < PORTFOLIO_CACHE_MS) return cached.list;
    const response = await api.get(userId, '/api/v3/portfolios');
    if (!response.ok)
      throw new BridgeError('upstream_error', `Sharesight answered ${response.status}.`, 502);
    const body = (await response.json()) as { portfolios?: Record<string, unknown>[] };
    const list = (body.portfolios ?? []).map((p) => ({
      id: Number(p.id),
      name: String(p.name ?? ''),
      currency_code: String(p.currency_code ?? ''),
      inception_date: String(p.inception_date ?? ''),
    }));
    portfolioCache.set(userId, { at: Date.now(), list });
    return list;
  }

  async function connect(userId: string): Promise<Response> {
    const flow = options.flow ?? 'oauth2';
    let url: URL;
    const entry: Pending = { expiresAt: Date.now() + PENDING_LIFETIME_MS };
    if (flow === 'oauth1') {
      const details = (await options.userDetailsOf?.(userId)) ?? {};
      const started = await oauth1.start(details);
      url = started.url;
      entry.oauth1 = started.pending;
    } else {
      const started = await oauth2.start();
      url = started.url;
      entry.oauth2 = started.pending;
    }
    pending.set(userId, entry);
    return new Response(null, { status: 302, headers: { ...HEADERS, Location: url.href } });
  }

  async function callback(userId: string, url: URL): Promise<Response> {
    const entry = pending.get(userId);
    pending.delete(userId);
    if (!entry || entry.expiresAt <= Date.now())
      throw new BridgeError(
        'state_mismatch',
        'No Sharesight connection was started here (or it expired). Start again.',
        400,
      );
    const grant = entry.oauth1
      ? await oauth1.finish(url, entry.oauth1)
      : await oauth2.finish(url, entry.oauth2 as OAuth2Pending);
    await store.set(userId, grant);
    portfolioCache.delete(userId);
    return new Response(null, { status: 302, headers: { ...HEADERS, Location: afterConnect } });
  }

  async function disconnect(userId: string): Promise<Response> {
    const grant = await store.get(userId);
    if (grant?.kind === 'oauth2') await oauth2.revoke(grant);
    if (grant?.kind === 'oauth1') {
      const url = new URL(`${options.sharesightUrl.replace(/\/+$/, '')}/api/v3/oauth/revoke`);
      await (options.fetch ?? fetch)(url, {
        method: 'POST',
        headers: {
          Authorization: oauth1.authorization(grant, 'POST', url),
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ client_id: options.clientId }),
      }).catch(() => undefined);
    }
    await store.delete(userId);
    portfolioCache.delete(userId);
    return new Response(null, { status: 204, headers: HEADERS });
  }

  async function read(userId: string, rest: string, query: URLSearchParams): Promise<Response> {
    if (rest === '/portfolios') {
      if ([...query.keys()].length > 0)
        throw new ReadRequestError(400, 'unsupported_parameter', 'This route takes no parameters.');
      return json(200, { portfolios: await portfolios(userId, true) });
    }
    const target = parseReadPath(rest);
    if (!target)
      throw new ReadRequestError(404, 'not_found', 'There is no such Sharesight resource here.');
    const sendOn = checkedQuery(target.route, query);
    const own = await portfolios(userId);
    if (!own.some((p) => p.id === target.portfolioId))
      throw new ReadRequestError(404, 'not_found', 'There is no such portfolio among yours.');
    const response = await api.get(userId, target.route.path(target.portfolioId), sendOn);
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return json(200, target.route.pick(body));
    if (response.status === 400 || response.status === 422)
      return fail(
        400,
        'invalid_parameter',
        typeof body.reason === 'string' ? body.reason : 'Sharesight refused the parameters.',
      );
    if (response.status === 404)
      return fail(404, 'not_found', 'There is no such portfolio among yours.');
    return fail(502, 'upstream_error', `Sharesight answered ${response.status}.`);
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`))
      return fail(404, 'not_found', 'Not a Sharesight bridge path.');
    const rest = url.pathname.slice(basePath.length);
    const userId = await options.userOf(request);
    if (!userId) return fail(401, 'signed_out', 'Sign in to this site first.');
    try {
      if (rest === '/disconnect') {
        if (request.method !== 'POST')
          return fail(405, 'method_not_allowed', 'Use POST.', { Allow: 'POST' });
        if (!isSameOriginRequest(request, origin))
          return fail(403, 'cross_origin', 'Only this site’s pages may disconnect.');
        return await disconnect(userId);
      }
      if (request.method !== 'GET')
        return fail(405, 'method_not_allowed', 'This route is read-only.', { Allow: 'GET' });
      if (rest === '/connect') return await connect(userId);
      if (rest === '/callback') return await callback(userId, url);
      if (!isSameOriginRequest(request, origin))
        return fail(403, 'cross_origin', 'Only this site’s pages may read this.');
      if (rest === '/status')
        return json(200, { connected: (await store.get(userId)) !== undefined });
      return await read(userId, rest, url.searchParams);
    } catch (error) {
      if (error instanceof NotConnectedError)
        return fail(401, 'not_connected', 'Connect your Sharesight account first.');
      if (error instanceof RateLimitedError)
        return fail(429, 'rate_limited', 'Sharesight is busy; try again shortly.', {
          'Retry-After': String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))),
        });
      if (error instanceof ReadRequestError) return fail(error.status, error.code, error.message);
      if (error instanceof BridgeError) return fail(error.status, error.code, error.message);
      throw error;
    }
  }

  return Object.assign(handle, { basePath });
}
