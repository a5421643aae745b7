/**
 * The simulated Sharesight (portfolio tracking), mounted on the sandbox's server under its own
 * base path (default `/sharesight`): OAuth 2.0 and the seed's OAuth 1.0a flow, the v3
 * portfolio/holdings/performance/index-chart API and v2 payouts, the 360-a-minute limit.
 * See the sandbox README, "Sharesight".
 */
import { Hono } from 'hono';
import { registerSharesightApiRoutes } from './api-routes.ts';
import { registerSharesightAuthRoutes } from './auth-routes.ts';
import type { SharesightEnv } from './env.ts';
import { OAuth1Server } from './oauth1.ts';
import { OAuth2Server, SHARESIGHT_DEMO_CLIENT, type SharesightClient } from './oauth2.ts';
import { MinuteRateLimit } from './rate-limit.ts';

export {
  SHARESIGHT_DEMO_USER,
  SHARESIGHT_OTHER_USER,
  SHARESIGHT_NEW_USER,
  PORTFOLIOS,
  AUD_PER_USD,
} from './data.ts';
export {
  SHARESIGHT_DEMO_CLIENT,
  ACCESS_TOKEN_LIFETIME_S,
  type SharesightClient,
} from './oauth2.ts';
export { hmacSha1, percentEncode, signatureBaseString } from './oauth1-signature.ts';

export const SHARESIGHT_BASE_PATH = '/sharesight';

export interface SharesightOptions {
  /** Registered applications (default: {@link SHARESIGHT_DEMO_CLIENT}). */
  clients?: SharesightClient[];
  /** The clock, epoch ms (default `Date.now`). */
  now?: () => number;
}

/** The simulated Sharesight's state, for tests and control. */
export interface SharesightSandbox {
  readonly basePath: string;
  readonly oauth2: OAuth2Server;
  readonly oauth1: OAuth1Server;
  /** The minute limit (`limit`, `windowMs` may be changed; `reset()`). */
  readonly rateLimit: MinuteRateLimit;
}

/** Mounts the simulated Sharesight on `app` under {@link SHARESIGHT_BASE_PATH}. */
export function registerSharesight(
  app: { route(path: string, sub: Hono<SharesightEnv>): unknown },
  options: SharesightOptions = {},
): SharesightSandbox {
  const now = options.now ?? Date.now;
  const clients = options.clients ?? [SHARESIGHT_DEMO_CLIENT];
  const basePath = SHARESIGHT_BASE_PATH;
  const oauth2 = new OAuth2Server(clients, now);
  const oauth1 = new OAuth1Server(clients, now);
  const rateLimit = new MinuteRateLimit(now);
  const sub = new Hono<SharesightEnv>();
  registerSharesightAuthRoutes(sub, oauth2, oauth1, basePath);
  registerSharesightApiRoutes(sub, { oauth2, oauth1, rateLimit, basePath, now });
  app.route(basePath, sub);
  return { basePath, oauth2, oauth1, rateLimit };
}
