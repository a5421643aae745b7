/**
 * `createSandbox()`: a world, its REST app, its streamer hub and the timer that drives the
 * market, wired together. Transport-free: serve `sandbox.fetch` from Node (`./node`) or from an
 * MSW handler in the browser (`./browser`).
 */
import type { Hono } from 'hono';
import type { SandboxEnv, StreamerHub } from './contract.ts';
import { DEFAULT_TICK_RATE, MarketDriver } from './driver.ts';
import { createApp, type AppOptions } from './http/app.ts';
import type { SandboxDeps } from './http/deps.ts';
import { Faults } from './http/faults.ts';
import { RequestStats } from './http/stats.ts';
import type {
  AuthorizationServerOptions,
  OAuthAuthorizationServer,
} from './oauth/authorization-server.ts';
import { registerOAuthRoutes } from './oauth/routes.ts';
import { registerSharesight, type SharesightSandbox } from './providers/sharesight/index.ts';
import { registerShareworksRoutes, ShareworksSandbox } from './providers/shareworks/index.ts';
import { createStreamerHub } from './stream/hub.ts';
import { registerStreamerControlRoutes, registerStreamerRoutes } from './stream/routes.ts';
import { APP_KEY, DEMO_2FA_USER, DEMO_USER, VERIFICATION_CODE } from './world/users.ts';
import { World } from './world/world.ts';

export interface SandboxOptions {
  /** Seed of the simulation (default 42): same seed, same calls → same quotes, orders, fills. */
  seed?: number;
  /** Quote updates per second while running, from calm (~20, the default) to a firehose (10,000). */
  tickRate?: number;
  /** Access-token lifetime in ms (default 24 h). */
  tokenLifetimeMs?: number;
  /** Is the market open (default true)? Closed: market orders are refused, nothing fills. */
  marketOpen?: boolean;
  /**
   * Synthetic, clearly fictional common stocks listed after the ~60 real ones (default 0, at most
   * 5000), for benchmarks and big portfolios: they walk, quote, chart, search and trade like the
   * others. Without it the world is exactly the default one.
   */
  extraSecurities?: number;
  /** The clock, epoch ms (default `Date.now`). */
  now?: () => number;
  /** Start driving the market in real time at once (default true). */
  autoStart?: boolean;
  /** Streamer ping interval, ms (default 10 000). */
  pingIntervalMs?: number;
  /**
   * Mount the OAuth authorization server (`/authorize`, `/oauth/token`) at the app root
   * (default false; `true` for default options).
   */
  oauth?: boolean | AuthorizationServerOptions;
}

/** The demo logins and app key, for docs, CLIs and tests. */
export const SANDBOX_CREDENTIALS = {
  appKey: APP_KEY,
  demo: { ...DEMO_USER },
  twoFactor: { ...DEMO_2FA_USER, verificationCode: VERIFICATION_CODE },
} as const;

export interface Sandbox {
  readonly world: World;
  readonly app: Hono<SandboxEnv>;
  readonly hub: StreamerHub;
  readonly driver: MarketDriver;
  /** Everything the routes share (faults, stats, …). */
  readonly deps: SandboxDeps;
  /** Answers one HTTP request (REST and control API). */
  fetch(request: Request): Promise<Response>;
  /** Drives the market in real time (idempotent). */
  start(): void;
  /** Stops driving the market (the world stays usable; `world.step()` still works). */
  stop(): void;
  /** Stops the market and closes every streamer socket. */
  close(): void;
  /** Demo logins and the app key. */
  readonly users: typeof SANDBOX_CREDENTIALS;
  /** The OAuth authorization server, when mounted (`options.oauth`). */
  readonly oauth: OAuthAuthorizationServer | null;
  /** The simulated Sharesight, under `/sharesight` (see the README). */
  readonly sharesight: SharesightSandbox;
  /** The simulated Shareworks Public API, mounted under `/shareworks` (see the README). */
  readonly shareworks: ShareworksSandbox;
}

/** Creates a sandbox. */
export function createSandbox(options: SandboxOptions = {}, appOptions: AppOptions = {}): Sandbox {
  const world = new World({
    seed: options.seed,
    now: options.now,
    tokenLifetimeMs: options.tokenLifetimeMs,
    marketOpen: options.marketOpen,
    extraSecurities: options.extraSecurities,
  });
  const driver = new MarketDriver(world, options.tickRate ?? DEFAULT_TICK_RATE);
  const hub = createStreamerHub(world, { pingIntervalMs: options.pingIntervalMs });
  const deps: SandboxDeps = {
    world,
    hub,
    driver,
    faults: new Faults((scope) => world.tokens.expire(scope)),
    stats: new RequestStats(),
  };
  const app = createApp(deps, {
    routes: [registerStreamerRoutes, ...(appOptions.routes ?? [])],
    controlRoutes: [registerStreamerControlRoutes, ...(appOptions.controlRoutes ?? [])],
  });
  const shareworks = new ShareworksSandbox(() => world.now());
  registerShareworksRoutes(app, shareworks);
  const oauth = options.oauth
    ? registerOAuthRoutes(app, world, options.oauth === true ? {} : options.oauth)
    : null;
  const sharesight = registerSharesight(app, { now: options.now });
  const sandbox: Sandbox = {
    world,
    app,
    hub,
    driver,
    deps,
    fetch: async (request) => app.fetch(request),
    start: () => driver.start(),
    stop: () => driver.stop(),
    close: () => {
      driver.stop();
      hub.close();
      world.alerts.dispose();
    },
    users: SANDBOX_CREDENTIALS,
    oauth,
    sharesight,
    shareworks,
  };
  if (options.autoStart ?? true) sandbox.start();
  return sandbox;
}
