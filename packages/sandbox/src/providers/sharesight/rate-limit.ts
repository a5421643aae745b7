/**
 * Sharesight's API limit: 360 requests a minute per application, answered with 403 (not 429)
 * and `X-MinuteRate-Limit` / `X-MinuteRate-Remaining` headers. The sandbox counts in fixed
 * windows that start at the first request (sandbox behaviour: the window's exact shape is not
 * documented); `limit` and `windowMs` can be changed for tests.
 */
export class MinuteRateLimit {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly now: () => number,
    public limit = 360,
    public windowMs = 60_000,
  ) {}

  /** Counts one request of `clientId`; returns whether it may pass and the headers to send. */
  take(clientId: string): { allowed: boolean; headers: Record<string, string> } {
    const now = this.now();
    let window = this.windows.get(clientId);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(clientId, window);
    }
    window.count++;
    const allowed = window.count <= this.limit;
    return {
      allowed,
      headers: {
        'X-MinuteRate-Limit': String(this.limit),
        'X-MinuteRate-Remaining': String(Math.max(0, this.limit - window.count)),
      },
    };
  }

  /** Forgets every count (a fresh minute for everyone). */
  reset(): void {
    this.windows.clear();
  }
}
