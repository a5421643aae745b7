/**
 * One simulated Shareworks: its authentication server, rate limiter and seeded companies, on the
 * sandbox's clock.
 */
import { ShareworksAuth } from './auth.ts';
import { ShareworksDirectory } from './directory.ts';
import { RateLimiter, type RateLimits } from './rate-limit.ts';
import { DEMO_EMPLOYEE } from './seed.ts';

/** What the control API may change (tests: shorter tokens, lower limits). */
export interface ShareworksSettings {
  accessTokenLifetimeSeconds: number;
  limits: { get: RateLimits; post: RateLimits };
}

/** The simulated Shareworks of one sandbox. */
export class ShareworksSandbox {
  readonly auth: ShareworksAuth;
  readonly limiter: RateLimiter;
  readonly directory: ShareworksDirectory;

  constructor(now: () => number) {
    this.auth = new ShareworksAuth(now);
    this.limiter = new RateLimiter(now);
    this.directory = new ShareworksDirectory(new Date(now()));
  }

  /** Who the sandbox's demo user is in Shareworks, and the AutoShares symbol of the company's stock. */
  demoEmployee(): typeof DEMO_EMPLOYEE {
    return DEMO_EMPLOYEE;
  }

  settings(): ShareworksSettings {
    return {
      accessTokenLifetimeSeconds: this.auth.accessTokenLifetimeSeconds,
      limits: structuredClone(this.limiter.limits),
    };
  }

  /** Changes the token lifetime and/or limits (partial; a bad value throws a TypeError). */
  configure(change: {
    accessTokenLifetimeSeconds?: number;
    limits?: { get?: Partial<RateLimits>; post?: Partial<RateLimits> };
  }): void {
    const positive = (value: unknown): value is number =>
      typeof value === 'number' && Number.isFinite(value) && value > 0;
    if (change.accessTokenLifetimeSeconds !== undefined) {
      if (!positive(change.accessTokenLifetimeSeconds))
        throw new TypeError('accessTokenLifetimeSeconds must be a positive number');
      this.auth.accessTokenLifetimeSeconds = change.accessTokenLifetimeSeconds;
    }
    for (const kind of ['get', 'post'] as const) {
      for (const [name, value] of Object.entries(change.limits?.[kind] ?? {})) {
        if (!(name in this.limiter.limits[kind]) || !positive(value))
          throw new TypeError(`limits.${kind}.${name} must be a known positive number`);
        this.limiter.limits[kind][name as keyof RateLimits] = value;
      }
    }
  }
}
