import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorCode } from './placement.ts';

/** A query the ticket reads (a `QueryController` fits): its state and a way to fetch again. */
export interface RecoverableSource {
  readonly status: 'idle' | 'loading' | 'success' | 'error';
  readonly error?: unknown;
  refresh?(): void;
}

/** Longest pause between two recoveries when the server names none. */
const MAX_PAUSE_MS = 30_000;

/**
 * Recovers the order ticket's queries from rate limiting (429) by itself: when one of them has
 * failed with `rate_limited`, it is fetched again after the server's `Retry-After` (or 1 s,
 * doubling while the limiting lasts, at most 30 s), and `limited` says so until they have all
 * loaded again, so the ticket shows a specific message instead of empty prices. The client's transport has already
 * retried the request (honouring `Retry-After`) before the error reaches here.
 */
export class RateLimitRecovery implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sources: () => readonly RecoverableSource[],
  ) {
    host.addController(this);
  }

  /**
   * True from a source's rate-limit failure until every source has loaded again (also while
   * the retry is on its way), false as soon as another error is what shows.
   */
  limited = false;

  private limitedSources(): RecoverableSource[] {
    return this.sources().filter(
      (s) => s.status === 'error' && errorCode(s.error) === 'rate_limited',
    );
  }

  /** Before each render: is anything rate limited, and is its retry scheduled? */
  hostUpdate(): void {
    const sources = this.sources();
    const limited = this.limitedSources();
    if (limited.length === 0) {
      const otherError = sources.some((s) => s.status === 'error');
      if (otherError || sources.every((s) => s.status === 'success' || s.status === 'idle')) {
        this.limited = false;
        if (!otherError) this.attempt = 0;
      }
      return;
    }
    this.limited = true;
    if (this.timer !== undefined) return;
    const asked = Math.max(
      0,
      ...limited.map((s) => (s.error as { retryAfterMs?: number }).retryAfterMs ?? 0),
    );
    const pause = Math.min(Math.max(asked, 1000 * 2 ** this.attempt), MAX_PAUSE_MS);
    this.attempt++;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      for (const source of this.limitedSources()) source.refresh?.();
      this.host.requestUpdate();
    }, pause);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** What the ticket says while rate limited. */
export const RATE_LIMITED_MESSAGE =
  'AutoShares is rate limiting requests right now (too many requests). The ticket tries again by itself as soon as it is allowed.';
