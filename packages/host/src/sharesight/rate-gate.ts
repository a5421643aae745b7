/**
 * Keeps the bridge inside Sharesight's limits: at most `maxConcurrent` requests in flight, a
 * pause when `X-MinuteRate-Remaining` reaches 0, and a pause then bounded retries when
 * Sharesight answers 403 with its rate headers (it does not use 429).
 */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterMs: number) {
    super('Sharesight rate limit reached');
    this.name = 'RateLimitedError';
  }
}

/** Is this Sharesight response the minute-rate refusal (not a revoked token's 403)? */
export function isRateRefusal(response: Response): boolean {
  return response.status === 403 && response.headers.get('X-MinuteRate-Remaining') === '0';
}

export class RateGate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private pausedUntil = 0;

  constructor(
    private readonly backoffMs: number,
    private readonly maxConcurrent: number,
    private readonly maxRetries = 2,
  ) {}

  /** Runs `send` within the limits; retries a rate refusal at most `maxRetries` times. */
  async run(send: () => Promise<Response>): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const response = await this.slot(send);
      if (!isRateRefusal(response)) {
        if (response.headers.get('X-MinuteRate-Remaining') === '0') this.pause();
        return response;
      }
      this.pause();
      if (attempt >= this.maxRetries) throw new RateLimitedError(this.pausedUntil - Date.now());
    }
  }

  private pause(): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + this.backoffMs);
  }

  private async slot(send: () => Promise<Response>): Promise<Response> {
    while (this.active >= this.maxConcurrent)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      const wait = this.pausedUntil - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return await send();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}
