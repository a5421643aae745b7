/**
 * One simulated Shareworks: its authentication server, rate limiter and seeded companies, on the
 * sandbox's clock.
 */
import { ShareworksAuth } from './auth.ts';
import { ShareworksDirectory } from './directory.ts';
import { RateLimiter, type ClientLimits, type RateLimits } from './rate-limit.ts';
import { DEMO_EMPLOYEE } from './seed.ts';

/** What the control API may change (tests: shorter tokens, lower limits). */
export interface ShareworksSettings {
  accessTokenLifetimeSeconds: number;
  /** The shared limits, or one API client's when the settings name its `clientId`. */
  limits: ClientLimits;
}

/** The simulated Shareworks of one sandbox. */
export class ShareworksSandbox {
  readonly auth: ShareworksAuth;
  readonly limiter: RateLimiter;
  readonly directory: ShareworksDirectory;
  /** API clients for which Shareworks is down: every call of theirs answers 503 (control). */
  readonly unavailableFor = new Set<string>();

  constructor(now: () => number) {
    this.auth = new ShareworksAuth(now);
    this.limiter = new RateLimiter(now);
    this.directory = new ShareworksDirectory(new Date(now()));
  }

  /** Who the sandbox's demo user is in Shareworks, and the AutoShares symbol of the company's stock. */
  demoEmployee(): typeof DEMO_EMPLOYEE {
    return DEMO_EMPLOYEE;
  }

  /** The settings, with the limits of `clientId` when given. */
  settings(clientId?: string): ShareworksSettings {
    return {
      accessTokenLifetimeSeconds: this.auth.accessTokenLifetimeSeconds,
      limits: structuredClone(
        clientId === undefined ? this.limiter.limits : this.limiter.limitsOf(clientId),
      ),
    };
  }

  /**
   * Changes the token lifetime and/or limits (partial; a bad value throws a TypeError). With a
   * `clientId`, the limits changed are that API client's only.
   */
  configure(change: {
    accessTokenLifetimeSeconds?: number;
    clientId?: string;
    limits?: { get?: Partial<RateLimits>; post?: Partial<RateLimits> };
  }): void {
    const positive = (value: unknown): value is number =>
      typeof value === 'number' && Number.isFinite(value) && value > 0;
    if (change.accessTokenLifetimeSeconds !== undefined) {
      if (!positive(change.accessTokenLifetimeSeconds))
        throw new TypeError('accessTokenLifetimeSeconds must be a positive number');
      this.auth.accessTokenLifetimeSeconds = change.accessTokenLifetimeSeconds;
    }
    if (change.clientId !== undefined && typeof change.clientId !== 'string')
      throw new TypeError('clientId must be a string');
    const changes = (['get', 'post'] as const).flatMap((kind) =>
      Object.entries(change.limits?.[kind] ?? {}).map(([name, value]) => {
        if (!(name in this.limiter.limits[kind]) || !positive(value))
          throw new TypeError(`limits.${kind}.${name} must be a known positive number`);
        return { kind, name: name as keyof RateLimits, value };
      }),
    );
    if (changes.length === 0) return;
    const limits =
      change.clientId === undefined
        ? this.limiter.limits
        : this.limiter.ownLimitsOf(change.clientId);
    for (const { kind, name, value } of changes) limits[kind][name] = value;
  }
}
