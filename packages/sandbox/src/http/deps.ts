/** What every route registrar of the sandbox app receives. */
import type { Hono } from 'hono';
import type { SandboxEnv, StreamerHub } from '../contract.ts';
import type { MarketDriver } from '../driver.ts';
import type { World } from '../world/world.ts';
import type { Faults } from './faults.ts';
import type { RequestStats } from './stats.ts';

export interface SandboxDeps {
  world: World;
  /** The streamer hub (null when the sandbox runs without one). */
  hub: StreamerHub | null;
  driver: MarketDriver;
  faults: Faults;
  stats: RequestStats;
}

/**
 * Registers routes on the sandbox app. The `app` handed to REST registrars has base path
 * `/api`, so they register full versioned paths: `app.get('/v1.0/equities/:id', …)`; the auth
 * middleware has already run for every `/v1.0/*` path (`c.get('userId')`, `c.get('world')`),
 * and has checked `:userId` (`@me` or the caller's id) and `:accountId` (the caller's).
 * Control registrars get the `/__sandbox` app: `app.post('/sockets/drop', …)`.
 */
export type RouteRegistrar = (app: Hono<SandboxEnv>, deps: SandboxDeps) => void;
