/**
 * A server-side Shareworks client: exchanges a fresh verification JWT for an access token,
 * refreshes it before it expires (a new exchange when refresh fails), renews it once when a call
 * answers 401, and retries 429s after their `Retry-After` (exponential back-off without one),
 * holding every queued call meanwhile. Tokens and the secret never leave it.
 */
import type { CryptoKey } from 'jose';
import { ShareworksApiError } from './errors.ts';
import type { ResolvedShareworksOptions } from './options.ts';
import { QueuePausedError, RequestQueue, retryAfterMs } from './request-queue.ts';
import { signingKey, verificationJwt } from './verification-jwt.ts';

interface TokenState {
  value: string;
  /** Epoch ms. */
  expiresAt: number;
}

/** The token endpoints' answer (the fields the client reads). */
interface AccessTokenResponse {
  accessToken: string;
  expiresIn: number;
}

/** Back-off without a `Retry-After`: 1 s, 2 s, 4 s, … */
const backoffMs = (attempt: number): number => 1000 * 2 ** attempt;

export class ShareworksClient {
  private readonly queue: RequestQueue;
  private key: Promise<CryptoKey> | null = null;
  private token: TokenState | null = null;
  private renewing: Promise<TokenState> | null = null;
  private readonly shared = new Map<string, { value: Promise<unknown>; until: number }>();

  constructor(private readonly options: ResolvedShareworksOptions) {
    this.queue = new RequestQueue(options.concurrency);
  }

  /** `GET <apiBase><path>` with a valid access token; the JSON body, or a {@link ShareworksApiError}. */
  async get<T>(path: string): Promise<T> {
    let token = await this.accessToken();
    let response = await this.send(path, async () => ({ headers: this.authorized(token.value) }));
    if (response.status === 401) {
      // Expired or revoked early (clock skew, terminate): renew once.
      this.forget(token);
      token = await this.accessToken();
      response = await this.send(path, async () => ({ headers: this.authorized(token.value) }));
    }
    if (!response.ok) throw await ShareworksApiError.from(response);
    return (await response.json()) as T;
  }

  /**
   * Like {@link get}, for data every person of a company shares (company details, vesting
   * schedules): one call per path per `ttlMs`, however many people read it meanwhile.
   */
  getShared<T>(path: string, ttlMs: number): Promise<T> {
    const now = this.options.now();
    const hit = this.shared.get(path);
    if (hit && hit.until > now) return hit.value as Promise<T>;
    const value = this.get<T>(path);
    this.shared.set(path, { value, until: now + ttlMs });
    value.catch(() => this.shared.delete(path));
    return value;
  }

  /** Ends the session at Shareworks (`terminate/tokens`), e.g. when the server shuts down. */
  async terminate(): Promise<void> {
    const token = this.token;
    this.token = null;
    if (!token) return;
    const response = await this.send('/terminate/tokens', async () => this.tokenBody(token.value));
    if (!response.ok && response.status !== 401) throw await ShareworksApiError.from(response);
  }

  /** A live access token: the current one, a refreshed one near expiry, or a new exchange. */
  private accessToken(): Promise<TokenState> {
    const now = this.options.now();
    const margin = this.options.refreshMarginSeconds * 1000;
    if (this.token && now < this.token.expiresAt - margin) return Promise.resolve(this.token);
    this.renewing ??= this.renew(this.token).finally(() => {
      this.renewing = null;
    });
    return this.renewing;
  }

  private async renew(current: TokenState | null): Promise<TokenState> {
    let next: TokenState | null = null;
    if (current && this.options.now() < current.expiresAt) {
      try {
        next = await this.tokenCall('/refresh/tokens', async () => this.tokenBody(current.value));
      } catch (error) {
        if (!(error instanceof ShareworksApiError) || error.status === 429) throw error;
      }
    }
    next ??= await this.tokenCall('/auth/tokens', async () => ({
      method: 'POST',
      headers: {
        'Content-Type': 'text/plain',
        Authorization: `Bearer ${await this.verificationJwt()}`,
      },
    }));
    this.token = next;
    return next;
  }

  private async tokenCall(path: string, init: () => Promise<RequestInit>): Promise<TokenState> {
    const sentAt = this.options.now();
    const response = await this.send(path, init);
    if (!response.ok) throw await ShareworksApiError.from(response);
    const body = (await response.json()) as AccessTokenResponse;
    if (typeof body.accessToken !== 'string' || typeof body.expiresIn !== 'number')
      throw new ShareworksApiError(
        502,
        'unknown',
        'Shareworks answered a token without accessToken / expiresIn',
        null,
      );
    return { value: body.accessToken, expiresAt: sentAt + body.expiresIn * 1000 };
  }

  private forget(token: TokenState): void {
    if (this.token === token) this.token = null;
  }

  private async verificationJwt(): Promise<string> {
    this.key ??= signingKey(this.options.privateKey);
    return verificationJwt(
      await this.key,
      this.options.clientId,
      this.options.clientSecret,
      this.options.now(),
    );
  }

  private authorized(token: string): Record<string, string> {
    return { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  }

  private tokenBody(token: string): RequestInit {
    return {
      method: 'POST',
      headers: { ...this.authorized(token), 'Content-Type': 'application/json' },
      body: JSON.stringify({ accessToken: { value: token } }),
    };
  }

  /**
   * One call through the queue; a 429 pauses the queue for its `Retry-After` and is retried (with
   * a freshly built request: a new verification JWT each time). Gives up with a 429
   * {@link ShareworksApiError} after `maxRetries`, or when the wait exceeds `maxRetryDelayMs`.
   */
  private async send(path: string, init: () => Promise<RequestInit>): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const release = await this.slot();
      let response: Response;
      let wait = 0;
      try {
        const request = await init();
        response = await this.options
          .fetch(`${this.options.apiBase}${path}`, { ...request, redirect: 'manual' })
          .catch((error: unknown) => {
            // No answer at all (refused, reset, DNS): status 0, told apart from Shareworks' own.
            throw new ShareworksApiError(
              0,
              'unreachable',
              `Shareworks could not be reached: ${String(error)}`,
              null,
            );
          });
        // Hold the queue before the slot is freed, so that no queued call slips out first.
        if (response.status === 429) {
          wait = retryAfterMs(response.headers) ?? backoffMs(attempt);
          this.queue.pause(wait);
        }
      } finally {
        release();
      }
      if (response.status !== 429) return response;
      if (attempt >= this.options.maxRetries || wait > this.options.maxRetryDelayMs)
        throw await ShareworksApiError.from(response, wait);
      await response.body?.cancel();
    }
  }

  /** A queue slot, or a 429 error when the queue is paused longer than `maxRetryDelayMs`. */
  private async slot(): Promise<() => void> {
    try {
      return await this.queue.acquire(this.options.maxRetryDelayMs);
    } catch (error) {
      if (!(error instanceof QueuePausedError)) throw error;
      throw new ShareworksApiError(
        429,
        'rate_limit_exceeded',
        'Calls to Shareworks are paused after a 429',
        null,
        [],
        error.remainingMs,
      );
    }
  }
}
