/**
 * Sharesight Connect's OAuth 1.0a flow from this server: request token (with this site's
 * callback) → the authorize URL (with the person's optional details) → the access token for
 * the verifier. The consumer secret and every token secret stay here.
 */
import { BridgeError } from '../oauth-client.ts';
import { oauth1Authorization } from './oauth1-signer.ts';
import type { SharesightBridgeOptions, SharesightGrant, SharesightUserDetails } from './options.ts';

/** Pending request token kept server-side between connect and callback. */
export interface OAuth1Pending {
  token: string;
  tokenSecret: string;
}

const DETAIL_NAMES = [
  'first_name',
  'last_name',
  'portfolio_name',
  'email',
  'country_code',
] as const;

export class SharesightOAuth1 {
  private readonly base: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: SharesightBridgeOptions) {
    this.base = options.sharesightUrl.replace(/\/+$/, '');
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  private async post(
    path: string,
    extra: Record<string, string>,
    token?: OAuth1Pending,
  ): Promise<URLSearchParams> {
    const url = new URL(`${this.base}${path}`);
    const authorization = oauth1Authorization(
      {
        consumerKey: this.options.clientId,
        consumerSecret: this.options.clientSecret,
        ...(token ? { token: token.token, tokenSecret: token.tokenSecret } : {}),
      },
      { method: 'POST', url, oauth: extra },
    );
    let response: Response;
    try {
      response = await this.fetch(url, {
        method: 'POST',
        headers: { Authorization: authorization },
      });
    } catch {
      throw new BridgeError(
        'server_unreachable',
        'Sharesight could not be reached. Try again shortly.',
        502,
      );
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      throw new BridgeError(
        body.error ?? 'oauth1_refused',
        `Sharesight refused the connection step (${body.error ?? response.status}).`,
        response.status === 401 ? 401 : 502,
      );
    }
    return new URLSearchParams(await response.text());
  }

  async start(details: SharesightUserDetails): Promise<{ url: URL; pending: OAuth1Pending }> {
    const answer = await this.post('/oauth/request_token', {
      oauth_callback: this.options.redirectUri,
    });
    const token = answer.get('oauth_token');
    const tokenSecret = answer.get('oauth_token_secret');
    if (!token || !tokenSecret || answer.get('oauth_callback_confirmed') !== 'true')
      throw new BridgeError(
        'invalid_response',
        'Sharesight answered the request-token step in a way this site could not understand.',
        502,
      );
    const url = new URL(`${this.base}/oauth/authorize`);
    url.searchParams.set('oauth_token', token);
    for (const name of DETAIL_NAMES) {
      const value = details[name];
      if (value) url.searchParams.set(name, value);
    }
    return { url, pending: { token, tokenSecret } };
  }

  async finish(callbackUrl: URL, pending: OAuth1Pending): Promise<SharesightGrant> {
    const token = callbackUrl.searchParams.get('oauth_token');
    const verifier = callbackUrl.searchParams.get('oauth_verifier');
    if (token !== pending.token || !verifier)
      throw new BridgeError(
        'state_mismatch',
        'This Sharesight answer does not belong to a connection started here. Start again.',
        400,
      );
    const answer = await this.post('/oauth/access_token', { oauth_verifier: verifier }, pending);
    const access = answer.get('oauth_token');
    const secret = answer.get('oauth_token_secret');
    if (!access || !secret)
      throw new BridgeError(
        'invalid_response',
        'Sharesight answered the access-token step in a way this site could not understand.',
        502,
      );
    return { kind: 'oauth1', token: access, tokenSecret: secret };
  }

  /** The `Authorization` header of a signed API request. */
  authorization(
    grant: Extract<SharesightGrant, { kind: 'oauth1' }>,
    method: string,
    url: URL,
  ): string {
    return oauth1Authorization(
      {
        consumerKey: this.options.clientId,
        consumerSecret: this.options.clientSecret,
        token: grant.token,
        tokenSecret: grant.tokenSecret,
      },
      { method, url },
    );
  }
}
