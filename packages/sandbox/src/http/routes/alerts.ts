/**
 * Price alerts, the five operations of api-reference §8, under `/v1.0/users/{userId}/pricealerts`.
 * The list needs `pageSize`, `pageNumber`, `sortBy`, `isDesc` (missing: 404 UnsupportedApiVersion);
 * invalid or incomplete alerts and unknown ids answer 409.
 */
import type { Context, Hono } from 'hono';
import type { SandboxEnv } from '../../contract.ts';
import { AlertError } from '../../world/alerts.ts';
import { conflict, noResource } from '../errors.ts';
import { boolParam, intParam, jsonBody, page, requireQuery, sortByField } from '../query.ts';
import type { AlertRouteDeps } from './market-deps.ts';

const BASE = '/v1.0/users/:userId/pricealerts';

function alertId(c: Context): number {
  const raw = c.req.param('alertId') ?? '';
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) throw noResource(c.req.url);
  return Number(raw);
}

function attempt<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof AlertError) throw conflict(e.message);
    throw e;
  }
}

/** The body as JSON; an unreadable one is a 409 like any incomplete alert. */
async function alertBody(c: Context): Promise<unknown> {
  try {
    return await jsonBody<unknown>(c, 'model');
  } catch {
    throw conflict('Price alert is required');
  }
}

export function registerAlertRoutes(
  app: Hono<SandboxEnv>,
  { world: { alerts } }: AlertRouteDeps,
): void {
  app.get(BASE, (c) => {
    const q = requireQuery(
      c,
      ['pageSize', 'pageNumber', 'sortBy', 'isDesc'],
      'unsupportedApiVersion',
    );
    const pageSize = intParam(q.pageSize, 'pageSize', { min: 1, max: 1000 });
    const pageNumber = intParam(q.pageNumber, 'pageNumber', { min: 0 });
    const sorted = sortByField(
      alerts.list(c.get('userId')),
      q.sortBy,
      boolParam(q.isDesc, 'isDesc'),
    );
    return c.json(page(c, sorted, pageNumber, pageSize));
  });

  app.get(`${BASE}/:alertId`, (c) => {
    const id = alertId(c);
    return c.json(attempt(() => alerts.get(c.get('userId'), id)));
  });

  app.post(BASE, async (c) => {
    const body = await alertBody(c);
    return c.json(attempt(() => alerts.create(c.get('userId'), body)));
  });

  app.put(`${BASE}/:alertId`, async (c) => {
    const id = alertId(c);
    const body = await alertBody(c);
    return c.json(attempt(() => alerts.modify(c.get('userId'), id, body)));
  });

  app.delete(`${BASE}/:alertId`, (c) => {
    const id = alertId(c);
    attempt(() => alerts.delete(c.get('userId'), id));
    return c.body(null, 204);
  });
}
