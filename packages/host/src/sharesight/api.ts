/**
 * Calls Sharesight's API for one person with their stored grant: refreshes an OAuth 2.0 token
 * before it expires (one refresh at a time per person) and once more after a 401, signs OAuth
 * 1.0a requests, and goes through the {@link RateGate}. A grant Sharesight no longer accepts
 * is forgotten.
 */
import type { SharesightOAuth1 } from './oauth1-client.ts';
import type { SharesightOAuth2 } from './oauth2-client.ts';
import type { SharesightGrant, SharesightGrantStore } from './options.ts';
import { BridgeError } from '../oauth-client.ts';
import { RateLimitedError, type RateGate } from './rate-gate.ts';

/** The person has no (valid) Sharesight grant: they must connect. */
export class NotConnectedError extends Error {
  constructor() {
    super('Sharesight is not connected for this person');
    this.name = 'NotConnectedError';
  }
}

/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 60_000;

export class SharesightApi {
  private readonly refreshing = new Map<string, Promise<SharesightGrant>>();
  private readonly base: string;
  private readonly fetch: typeof fetch;

  constructor(
    sharesightUrl: string,
    private readonly store: SharesightGrantStore,
    private readonly oauth2: SharesightOAuth2,
    private readonly oauth1: SharesightOAuth1,
    private readonly gate: RateGate,
    fetchImpl: typeof fetch = globalThis.fetch,
  ) {
    this.base = sharesightUrl.replace(/\/+$/, '');
    this.fetch = fetchImpl;
  }

  /** `GET {sharesight}{path}?{query}` as `userId`. */
  async get(userId: string, path: string, query = new URLSearchParams()): Promise<Response> {
    let grant = await this.grant(userId);
    if (grant.kind === 'oauth2' && grant.expiresAt - REFRESH_MARGIN_MS <= Date.now())
      grant = await this.refresh(userId, grant);
    const url = new URL(`${this.base}${path}`);
    url.search = query.toString();
    let response = await this.send(grant, url);
    if (response.status === 401 && grant.kind === 'oauth2') {
      grant = await this.refresh(userId, grant);
      response = await this.send(grant, url);
    }
    if (response.status === 401 || response.status === 412 || response.status === 403) {
      // 403 here is a revoked grant (the rate refusal never leaves the gate).
      await this.store.delete(userId);
      throw new NotConnectedError();
    }
    return response;
  }

  private async grant(userId: string): Promise<SharesightGrant> {
    const grant = await this.store.get(userId);
    if (!grant) throw new NotConnectedError();
    return grant;
  }

  private send(grant: SharesightGrant, url: URL): Promise<Response> {
    const authorization =
      grant.kind === 'oauth2'
        ? `Bearer ${grant.accessToken}`
        : this.oauth1.authorization(grant, 'GET', url);
    return this.gate
      .run(() =>
        this.fetch(url, { headers: { Authorization: authorization, Accept: 'application/json' } }),
      )
      .catch((error: unknown) => {
        if (error instanceof RateLimitedError) throw error;
        throw new BridgeError(
          'server_unreachable',
          'Sharesight could not be reached. Try again shortly.',
          502,
        );
      });
  }

  private refresh(
    userId: string,
    grant: Extract<SharesightGrant, { kind: 'oauth2' }>,
  ): Promise<SharesightGrant> {
    const running = this.refreshing.get(userId);
    if (running) return running;
    const task = (async () => {
      if (!grant.refreshToken) {
        await this.store.delete(userId);
        throw new NotConnectedError();
      }
      try {
        const next = await this.oauth2.refresh(grant.refreshToken);
        await this.store.set(userId, next);
        return next;
      } catch (error) {
        if ((error as { status?: number }).status === 401) {
          await this.store.delete(userId);
          throw new NotConnectedError();
        }
        throw error;
      }
    })().finally(() => this.refreshing.delete(userId));
    this.refreshing.set(userId, task);
    return task;
  }
}
