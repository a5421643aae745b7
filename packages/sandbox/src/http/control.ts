/**
 * The control API under `/__sandbox` (not under `/api`): tests and stories use it to create
 * isolated users, force prices, step or pace the market, set fault knobs, read request stats
 * and inject news. Bodies are JSON; errors use the same documented shapes as the API.
 */
import type { Context, Hono } from 'hono';
import type { SandboxEnv } from '../contract.ts';
import { APP_KEY } from '../world/users.ts';
import type { SandboxDeps } from './deps.ts';
import { badRequest, noResource } from './errors.ts';
import type { FaultRequest } from './faults.ts';
import type { BulkUserOptions } from '../world/seed-bulk.ts';

/** Reads an optional JSON object body (empty body = `{}`); anything else is a 400. */
async function optionalBody<T extends object>(c: Context): Promise<Partial<T>> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badRequest('The body is not valid JSON.');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw badRequest('The body must be a JSON object.');
  return body as Partial<T>;
}

export function registerControlRoutes(app: Hono<SandboxEnv>, deps: SandboxDeps): void {
  const { world, driver, faults, stats } = deps;

  const marketState = () => ({
    tickRate: driver.tickRate,
    paused: driver.paused,
    running: driver.running,
    open: world.marketOpen,
    ticks: world.ticks,
    now: world.now(),
  });

  app.get('/', (c) =>
    c.json({
      name: '@autoshares/sandbox',
      seed: world.seed,
      appKey: APP_KEY,
      users: world.users.all().length,
      market: marketState(),
    }),
  );

  app.post('/users', async (c) => {
    const body = await optionalBody<BulkUserOptions>(c);
    let user: ReturnType<typeof world.createFreshUser>;
    try {
      user = world.createFreshUser({
        positions: body.positions,
        watchlistSize: body.watchlistSize,
      });
    } catch (error) {
      if (error instanceof RangeError) throw badRequest(error.message);
      throw error;
    }
    return c.json(
      {
        username: user.login,
        password: user.password,
        appKey: APP_KEY,
        token: world.tokens.issue(user.id),
        userId: user.id,
        accountIds: [...user.accountIds],
        ...(user.watchlistId === undefined ? {} : { watchlistId: user.watchlistId }),
      },
      201,
    );
  });

  app.post('/prices', async (c) => {
    const body = await optionalBody<{ symbol: string; price: number; holdMs?: number }>(c);
    if (
      (typeof body.symbol !== 'string' && typeof body.symbol !== 'number') ||
      typeof body.price !== 'number'
    ) {
      throw badRequest('Send {"symbol": "AAPL", "price": 123.45}.');
    }
    if (!(body.price > 0) || !Number.isFinite(body.price))
      throw badRequest('price must be a positive number.');
    const holdMs = body.holdMs ?? 0;
    if (typeof holdMs !== 'number' || !(holdMs >= 0 && holdMs <= 600_000))
      throw badRequest('holdMs must be a number of milliseconds from 0 to 600000.');
    const quote = world.setPrice(body.symbol, body.price, holdMs);
    if (!quote) throw noResource(c.req.url);
    return c.json(quote);
  });

  app.post('/step', async (c) => {
    const body = await optionalBody<{ ticks: number }>(c);
    const ticks = body.ticks ?? 1;
    if (!Number.isInteger(ticks) || ticks < 0 || ticks > 1_000_000)
      throw badRequest('ticks must be an integer from 0 to 1000000.');
    world.step(ticks);
    return c.json(marketState());
  });

  app.get('/market', (c) => c.json(marketState()));

  app.post('/market', async (c) => {
    const body = await optionalBody<{ tickRate: number; paused: boolean; open: boolean }>(c);
    if (body.tickRate !== undefined) {
      try {
        driver.tickRate = Number(body.tickRate);
      } catch (error) {
        throw badRequest((error as Error).message);
      }
    }
    if (body.paused !== undefined) driver.paused = Boolean(body.paused);
    if (body.open !== undefined) world.marketOpen = Boolean(body.open);
    return c.json(marketState());
  });

  app.get('/faults', (c) => c.json(faults.describe()));
  app.post('/faults', async (c) => c.json(faults.configure(await optionalBody<FaultRequest>(c))));
  app.delete('/faults', (c) => {
    faults.reset();
    return c.json(faults.describe());
  });

  const statsBody = () => ({
    requests: stats.snapshot(),
    faults: faults.describe().counts,
    streamer: deps.hub?.stats() ?? null,
  });
  app.get('/stats', (c) => c.json(statsBody()));
  app.delete('/stats', (c) => {
    stats.reset();
    return c.json(statsBody());
  });

  app.post('/news', async (c) => {
    const body = await optionalBody<{ symbol: string; [field: string]: unknown }>(c);
    if (typeof body.symbol !== 'string' || body.symbol.trim() === '')
      throw badRequest('Send {"symbol": "AAPL", "Header": "…", …}.');
    const { symbol, ...item } = body;
    return c.json(world.market.news.inject(symbol, item), 201);
  });
}
