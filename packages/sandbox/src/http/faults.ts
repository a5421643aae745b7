/**
 * Fault knobs for tests and stories: latency, 429 rate limiting, 5xx server errors, expired
 * tokens, slow order processing and lost placement answers, set through `POST /__sandbox/faults` (for everyone or one token) or per request with
 * the `X-Sandbox-Fault` header, e.g. `X-Sandbox-Fault: latency=200; status=429; retry-after=1`.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError, appKeyInvalid, badRequest, serverError, unauthorized } from './errors.ts';

/** Who a fault applies to. */
export type FaultScope = 'all' | { token: string };

/** The body of `POST /__sandbox/faults` (every field optional). */
export interface FaultRequest {
  /** Delay every API response by this many ms (0 turns it off). */
  latencyMs?: number;
  /** Expire every live token (or the scoped token) now: the next call answers 401. */
  expireTokens?: true;
  /** The next `count` API requests answer 429 with `Retry-After: retryAfterSeconds`. */
  rateLimit?: { count: number; retryAfterSeconds?: number };
  /** The next `count` API requests answer `status` (default 500). */
  serverError?: { count: number; status?: number };
  /**
   * Order placements (`POST …/orders`) are processed this long after they arrived: the order is
   * created, and the answer sent, only then (0 turns it off). Unlike `latencyMs` it touches only
   * placements, so look-ups by `ClientId` meanwhile answer at once and do not find the order yet.
   */
  placementDelayMs?: number;
  /**
   * The server processes the placement (the order is created) and then loses the answer: the
   * client gets a 502 from the "gateway". `true`: every placement until reset; a number: the
   * next N placements; `false`/0: off.
   */
  dropPlacementResponse?: boolean | number;
  /** Apply to every request (default) or only to requests bearing this token. */
  scope?: FaultScope;
  /** Clear every fault first. */
  reset?: boolean;
}

interface Rule {
  latencyMs: number;
  placementDelayMs: number;
  /** Placements whose answer is still to be lost (`true` is stored as MAX_SAFE_INTEGER). */
  dropPlacementResponses: number;
  rateLimit: { remaining: number; retryAfterSeconds: number; limit: number };
  serverError: { remaining: number; status: number };
}

const emptyRule = (): Rule => ({
  latencyMs: 0,
  placementDelayMs: 0,
  dropPlacementResponses: 0,
  rateLimit: { remaining: 0, retryAfterSeconds: 1, limit: 0 },
  serverError: { remaining: 0, status: 500 },
});

/** One request's faults from the `X-Sandbox-Fault` header. */
export interface HeaderFault {
  latencyMs?: number;
  status?: number;
  retryAfterSeconds?: number;
}

/** Parses `latency=200; status=429; retry-after=1` (keys case-insensitive; the first `status` wins). */
export function parseFaultHeader(value: string | undefined | null): HeaderFault {
  const out: HeaderFault = {};
  if (!value) return out;
  for (const part of value.split(/[;,]/)) {
    const [rawKey, rawValue = ''] = part.split('=').map((s) => s.trim());
    const key = rawKey.toLowerCase();
    const n = Number(rawValue);
    if (!key || rawValue === '' || !Number.isFinite(n) || n < 0) continue;
    if (key === 'latency' || key === 'latencyms' || key === 'delay') out.latencyMs ??= n;
    else if (key === 'status') out.status ??= Math.trunc(n);
    else if (key === 'retry-after' || key === 'retryafter') out.retryAfterSeconds ??= n;
  }
  return out;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The fault state of one sandbox. */
export class Faults {
  private readonly rules = new Map<string, Rule>();
  /** How many requests each knob answered, for tests and stats. */
  readonly counts = { rateLimited: 0, serverErrors: 0, delayed: 0, droppedPlacementResponses: 0 };

  constructor(private readonly expireTokens: (scope: { token?: string }) => number) {}

  /** Applies a `POST /__sandbox/faults` body; returns the resulting state. */
  configure(request: FaultRequest): ReturnType<Faults['describe']> & { expiredTokens: number } {
    if (request.reset) this.rules.clear();
    const key = scopeKey(request.scope);
    // Work on a copy so a rejected body changes nothing.
    const rule = structuredClone(this.rules.get(key) ?? emptyRule());
    if (request.latencyMs !== undefined)
      rule.latencyMs = nonNegative(request.latencyMs, 'latencyMs');
    if (request.placementDelayMs !== undefined)
      rule.placementDelayMs = nonNegative(request.placementDelayMs, 'placementDelayMs');
    if (request.dropPlacementResponse !== undefined) {
      const drop = request.dropPlacementResponse;
      rule.dropPlacementResponses =
        typeof drop === 'boolean'
          ? drop
            ? Number.MAX_SAFE_INTEGER
            : 0
          : nonNegative(drop, 'dropPlacementResponse');
    }
    if (request.rateLimit) {
      const count = nonNegative(request.rateLimit.count, 'rateLimit.count');
      rule.rateLimit = {
        remaining: count,
        limit: count,
        retryAfterSeconds: nonNegative(
          request.rateLimit.retryAfterSeconds ?? 1,
          'rateLimit.retryAfterSeconds',
        ),
      };
    }
    if (request.serverError) {
      const status = request.serverError.status ?? 500;
      if (!Number.isInteger(status) || status < 400 || status > 599)
        throw badRequest('serverError.status must be 400–599.');
      rule.serverError = {
        remaining: nonNegative(request.serverError.count, 'serverError.count'),
        status,
      };
    }
    this.rules.set(key, rule);
    let expiredTokens = 0;
    if (request.expireTokens) {
      expiredTokens = this.expireTokens(
        request.scope && request.scope !== 'all' ? { token: request.scope.token } : {},
      );
    }
    return { ...this.describe(), expiredTokens };
  }

  /** Clears every fault. */
  reset(): void {
    this.rules.clear();
  }

  /** Current knobs, per scope. */
  describe(): { faults: Record<string, Rule>; counts: Faults['counts'] } {
    return { faults: Object.fromEntries(this.rules), counts: { ...this.counts } };
  }

  /**
   * The placement faults for a request bearing `token` (the scoped rule, then the global one):
   * how long to hold the placement before processing it, and whether to lose its answer
   * (counted: a numbered `dropPlacementResponse` is used up here).
   */
  placement(token: string | undefined): { delayMs: number; dropResponse: boolean } {
    const rules = this.rulesFor(token);
    const delayMs = Math.max(0, ...rules.map((r) => r.placementDelayMs));
    const dropping = rules.find((r) => r.dropPlacementResponses > 0);
    if (dropping) {
      dropping.dropPlacementResponses--;
      this.counts.droppedPlacementResponses++;
    }
    return { delayMs, dropResponse: dropping !== undefined };
  }

  private rulesFor(token: string | undefined): Rule[] {
    return [token ? this.rules.get(scopeKey({ token })) : undefined, this.rules.get('all')].filter(
      (r): r is Rule => r !== undefined,
    );
  }

  /** Middleware for `/api/*`: header faults first, then the scoped rule, then the global one. */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      const header = parseFaultHeader(c.req.header('X-Sandbox-Fault'));
      const token = bearer(c);
      const rules = this.rulesFor(token);
      const latency = header.latencyMs ?? Math.max(0, ...rules.map((r) => r.latencyMs));
      if (latency > 0) {
        this.counts.delayed++;
        await sleep(latency);
      }
      if (header.status !== undefined && header.status >= 400 && header.status <= 599) {
        throw this.failure(header.status as ContentfulStatusCode, header.retryAfterSeconds ?? 1, 1);
      }
      for (const rule of rules) {
        if (rule.rateLimit.remaining > 0) {
          rule.rateLimit.remaining--;
          throw this.failure(429, rule.rateLimit.retryAfterSeconds, rule.rateLimit.limit);
        }
        if (rule.serverError.remaining > 0) {
          rule.serverError.remaining--;
          throw this.failure(rule.serverError.status as ContentfulStatusCode, 1, 1);
        }
      }
      await next();
    };
  }

  private failure(
    status: ContentfulStatusCode,
    retryAfterSeconds: number,
    limit: number,
  ): ApiError {
    if (status === 429) {
      this.counts.rateLimited++;
      const retry = String(Math.ceil(retryAfterSeconds));
      return new ApiError(
        429,
        { Message: 'API calls quota exceeded! maximum admitted calls reached.' },
        {
          'Retry-After': retry,
          'X-RateLimit-Limit': String(limit),
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': retry,
        },
      );
    }
    this.counts.serverErrors++;
    const retryAfter = { 'Retry-After': String(Math.ceil(retryAfterSeconds)) };
    if (status >= 500)
      return new ApiError(status, serverError().body, status === 503 ? retryAfter : {});
    if (status === 401) return unauthorized();
    if (status === 403) return appKeyInvalid();
    return new ApiError(status, { Message: `Simulated ${status} fault` });
  }
}

function nonNegative(n: unknown, name: string): number {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0)
    throw badRequest(`${name} must be a non-negative number.`);
  return n;
}

function scopeKey(scope: FaultScope | undefined): string {
  return !scope || scope === 'all' ? 'all' : `token:${scope.token}`;
}

/** The bearer token of a request, if any. */
export function bearer(c: Context): string | undefined {
  const auth = c.req.header('Authorization');
  const match = auth ? /^Bearer\s+(.+)$/i.exec(auth.trim()) : null;
  return match ? match[1].trim() : undefined;
}
