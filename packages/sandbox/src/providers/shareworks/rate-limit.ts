/**
 * The seed's limits, per API client: non-POST 18 hits/s during any 5 s (burst) and 12 hits/s
 * during any 2 min (active); POST 5/s and 3/s. Read as sliding windows: more than 90 (25) hits in
 * the last 5 s, or more than 1440 (360) in the last 2 min, is refused with 429. Each client has
 * its own thresholds, the seed's unless the control API changed that client's (sandbox behaviour).
 */

/** Hits per second allowed during each window. */
export interface RateLimits {
  burstPerSecond: number;
  burstWindowSeconds: number;
  activePerSecond: number;
  activeWindowSeconds: number;
}

/** The seed's thresholds. */
export const SHAREWORKS_LIMITS: { get: RateLimits; post: RateLimits } = {
  get: { burstPerSecond: 18, burstWindowSeconds: 5, activePerSecond: 12, activeWindowSeconds: 120 },
  post: { burstPerSecond: 5, burstWindowSeconds: 5, activePerSecond: 3, activeWindowSeconds: 120 },
};

/** Hits a window allows: its rate times its length (at least one). */
const allowedHits = (perSecond: number, windowSeconds: number): number =>
  Math.max(1, Math.round(perSecond * windowSeconds));

/** Both method classes' thresholds. */
export type ClientLimits = { get: RateLimits; post: RateLimits };

/** Sliding-window counters per (client, method class), against each client's thresholds. */
export class RateLimiter {
  /** The thresholds of every client without its own. */
  limits: ClientLimits = structuredClone(SHAREWORKS_LIMITS);
  private readonly own = new Map<string, ClientLimits>();
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly now: () => number) {}

  /** The thresholds `client` is held to. */
  limitsOf(client: string): ClientLimits {
    return this.own.get(client) ?? this.limits;
  }

  /**
   * The thresholds of one client, created from the shared ones on first use: changing them
   * changes no other client's.
   */
  ownLimitsOf(client: string): ClientLimits {
    let limits = this.own.get(client);
    if (!limits) {
      limits = structuredClone(this.limits);
      this.own.set(client, limits);
    }
    return limits;
  }

  /**
   * Counts one hit; returns null when allowed, else the seconds until the hit would be (the
   * `Retry-After` the sandbox sends). Refused hits are not counted.
   */
  hit(client: string, method: string): number | null {
    const kind = method === 'POST' ? 'post' : 'get';
    const limits = this.limitsOf(client)[kind];
    const key = `${kind} ${client}`;
    const now = this.now();
    const activeMs = limits.activeWindowSeconds * 1000;
    const burstMs = limits.burstWindowSeconds * 1000;
    const hits = (this.hits.get(key) ?? []).filter((t) => t > now - activeMs);
    this.hits.set(key, hits);
    const burstHits = hits.filter((t) => t > now - burstMs);
    const burstAllowed = allowedHits(limits.burstPerSecond, limits.burstWindowSeconds);
    const activeAllowed = allowedHits(limits.activePerSecond, limits.activeWindowSeconds);
    const waits: number[] = [];
    if (burstHits.length >= burstAllowed)
      waits.push(burstHits[burstHits.length - burstAllowed] + burstMs - now);
    if (hits.length >= activeAllowed)
      waits.push(hits[hits.length - activeAllowed] + activeMs - now);
    if (waits.length > 0) return Math.max(1, Math.ceil(Math.max(...waits) / 1000));
    hits.push(now);
    return null;
  }

  /** Forgets every hit (control). */
  reset(): void {
    this.hits.clear();
  }
}
