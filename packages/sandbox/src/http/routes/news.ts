/**
 * News and corporate actions (api-reference §10). Both need `symbol` (missing: the documented
 * 404); a symbol the sandbox does not list has no news (an empty array).
 */
import type { Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import { requireQuery } from '../query.ts';
import type { MarketRouteDeps } from './market-deps.ts';

export function registerNewsRoutes(
  app: Hono<SandboxEnv>,
  { world: { market } }: MarketRouteDeps,
): void {
  app.get('/v1.0/news', (c) => {
    const { symbol } = requireQuery(c, ['symbol']);
    return c.json(market.news.list(symbol) ?? []);
  });

  app.get('/v1.0/news/corporate-actions', (c) => {
    const { symbol } = requireQuery(c, ['symbol']);
    return c.json(market.news.corporateActions(symbol) ?? []);
  });
}
