/**
 * Watchlists, all nine operations of api-reference §7, under `/v1.0/users/{userId}/watchlists`
 * (the app's middleware has checked `{userId}`: `@me` or the caller's id). Store failures
 * (unknown list, duplicate name, read-only, unknown security) answer 409.
 */
import type { Context, Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import { WatchlistError } from '../../world/watchlists.ts';
import { conflict, noResource } from '../errors.ts';
import { boolParam, jsonBody, requireQuery } from '../query.ts';
import type { WatchlistRouteDeps } from './market-deps.ts';

const BASE = '/v1.0/users/:userId/watchlists';

/** A path id that must be a non-negative integer (the route template's `int`), else 404. */
function pathId(c: Context, name: string): number {
  const raw = c.req.param(name) ?? '';
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) throw noResource(c.req.url);
  return Number(raw);
}

/** Runs a store call, turning a WatchlistError into the 409 envelope. */
function attempt<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof WatchlistError) throw conflict(e.message);
    throw e;
  }
}

/** `SecuritySignature` body → ticker; an id or anything else is a 409. */
async function tickerFrom(c: Context): Promise<string> {
  const body = await jsonBody<Record<string, unknown>>(c, 'symbolToExchange');
  const key = Object.keys(body).find((k) => k.toLowerCase() === 'symbol');
  const symbol = key === undefined ? undefined : body[key];
  if (typeof symbol !== 'string' || symbol.trim() === '' || /^\d+$/.test(symbol.trim())) {
    throw conflict('Security signature must contain a Symbol');
  }
  return symbol.trim();
}

export function registerWatchlistRoutes(
  app: Hono<SandboxEnv>,
  { world: { watchlists } }: WatchlistRouteDeps,
): void {
  // 1. list
  app.get(BASE, (c) => {
    const q = requireQuery(c, ['includeSecurities']);
    return c.json(
      watchlists.list(c.get('userId'), boolParam(q.includeSecurities, 'includeSecurities')),
    );
  });

  // 3. create
  app.post(BASE, async (c) => {
    const q = requireQuery(c, ['resultIncludeSecurities']);
    const include = boolParam(q.resultIncludeSecurities, 'resultIncludeSecurities');
    let body: Record<string, unknown>;
    try {
      body = await jsonBody<Record<string, unknown>>(c, 'watchlist');
    } catch {
      throw conflict('Watchlist is required');
    }
    const get = (name: string) =>
      body[Object.keys(body).find((k) => k.toLowerCase() === name) ?? ''];
    const name = get('name');
    const securities = get('securities') ?? [];
    if (typeof name !== 'string') throw conflict('Watchlist name is required');
    if (
      !Array.isArray(securities) ||
      securities.some((s) => typeof s !== 'number' || !Number.isInteger(s))
    ) {
      throw conflict('Securities must be an array of security ids');
    }
    return c.json(
      attempt(() => watchlists.create(c.get('userId'), name, securities as number[], include)),
    );
  });

  // 2. get one
  app.get(`${BASE}/:watchlistId`, (c) => {
    const id = pathId(c, 'watchlistId');
    const q = requireQuery(c, ['includeSecurities']);
    return c.json(
      attempt(() =>
        watchlists.get(c.get('userId'), id, boolParam(q.includeSecurities, 'includeSecurities')),
      ),
    );
  });

  // 4. rename
  app.put(`${BASE}/:watchlistId/name`, (c) => {
    const id = pathId(c, 'watchlistId');
    const { name } = requireQuery(c, ['name']);
    return c.json(attempt(() => watchlists.rename(c.get('userId'), id, name)));
  });

  // 5. delete
  app.delete(`${BASE}/:watchlistId`, (c) => {
    const id = pathId(c, 'watchlistId');
    attempt(() => watchlists.delete(c.get('userId'), id));
    return c.body(null, 204);
  });

  // 6. add by id
  app.put(`${BASE}/:watchlistId/securities/:securityId`, (c) => {
    const id = pathId(c, 'watchlistId');
    const securityId = pathId(c, 'securityId');
    return c.json(attempt(() => watchlists.addSecurity(c.get('userId'), id, securityId)));
  });

  // 7. add by ticker
  app.put(`${BASE}/:watchlistId/securities`, async (c) => {
    const id = pathId(c, 'watchlistId');
    const ticker = await tickerFrom(c);
    return c.json(attempt(() => watchlists.addSecurity(c.get('userId'), id, ticker)));
  });

  // 8. remove by id
  app.delete(`${BASE}/:watchlistId/securities/:securityId`, (c) => {
    const id = pathId(c, 'watchlistId');
    const securityId = pathId(c, 'securityId');
    return c.json(attempt(() => watchlists.removeSecurity(c.get('userId'), id, securityId)));
  });

  // 9. remove by ticker (a DELETE with a JSON body)
  app.delete(`${BASE}/:watchlistId/securities`, async (c) => {
    const id = pathId(c, 'watchlistId');
    const ticker = await tickerFrom(c);
    return c.json(attempt(() => watchlists.removeSecurity(c.get('userId'), id, ticker)));
  });
}
