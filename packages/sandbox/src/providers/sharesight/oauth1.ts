/**
 * Sharesight Connect's OAuth 1.0a flow, as the seed describes it: request token (signed with
 * the consumer secret, optional `oauth_callback`) → the user authorises at the authorize URL
 * (optional `first_name`, `last_name`, `portfolio_name`, `email`, `country_code`) → callback
 * with `oauth_token` and `oauth_verifier` → access token that never expires. Every request is
 * checked: HMAC-SHA1 signature, consumer key, timestamp within 5 minutes and a nonce used once
 * (the window and nonce rule are sandbox behaviour; the seed names the parameters only).
 */
import { hmacSha1, signatureBaseString } from './oauth1-signature.ts';
import type { SharesightClient } from './oauth2.ts';
import { randomToken } from './random.ts';

const TIMESTAMP_WINDOW_S = 300;

export class OAuth1Error extends Error {
  constructor(
    readonly problem: string,
    readonly reason: string,
    readonly status = 401,
  ) {
    super(reason);
  }
}

interface RequestToken {
  consumerKey: string;
  secret: string;
  callback: string;
  verifier?: string;
  userId?: number;
}

interface AccessToken {
  consumerKey: string;
  secret: string;
  userId: number;
  revoked: boolean;
}

/** The user details an authorize URL may carry (seed: all optional). */
export const USER_DETAIL_PARAMS = [
  'first_name',
  'last_name',
  'portfolio_name',
  'email',
  'country_code',
] as const;

/** A request as the verifier needs it. */
export interface SignedRequest {
  method: string;
  url: URL;
  authorization: string | null;
  /** Form body parameters (`application/x-www-form-urlencoded` only). */
  form: [string, string][];
  oauthParams: [string, string][];
}

export class OAuth1Server {
  private readonly requestTokens = new Map<string, RequestToken>();
  private readonly accessTokens = new Map<string, AccessToken>();
  private readonly nonces = new Map<string, number>();

  constructor(
    private readonly clients: readonly SharesightClient[],
    private readonly now: () => number,
  ) {}

  /**
   * Checks consumer, timestamp, nonce and signature; `tokenSecret` finds the secret of the
   * `oauth_token` the request carries (none for the request-token step).
   */
  private async verify(
    request: SignedRequest,
    tokenSecret: (token: string) => string | undefined,
  ): Promise<Map<string, string>> {
    const oauth = new Map(request.oauthParams);
    for (const name of [
      'oauth_consumer_key',
      'oauth_signature_method',
      'oauth_signature',
      'oauth_timestamp',
      'oauth_nonce',
    ])
      if (!oauth.get(name)) throw new OAuth1Error('parameter_absent', `Missing ${name}.`, 400);
    if (oauth.get('oauth_signature_method') !== 'HMAC-SHA1')
      throw new OAuth1Error(
        'signature_method_rejected',
        'Only HMAC-SHA1 signatures are accepted.',
        400,
      );
    const version = oauth.get('oauth_version');
    if (version !== undefined && version !== '1.0')
      throw new OAuth1Error('version_rejected', 'oauth_version must be 1.0.', 400);
    const client = this.clients.find((c) => c.id === oauth.get('oauth_consumer_key'));
    if (!client)
      throw new OAuth1Error('consumer_key_unknown', "The OAuth signature can't be verified.");
    const timestamp = Number(oauth.get('oauth_timestamp'));
    const nowS = Math.floor(this.now() / 1000);
    if (!Number.isInteger(timestamp) || Math.abs(nowS - timestamp) > TIMESTAMP_WINDOW_S)
      throw new OAuth1Error(
        'timestamp_refused',
        'oauth_timestamp is more than 5 minutes away from the server time.',
      );
    const token = oauth.get('oauth_token');
    const secret = token === undefined ? '' : tokenSecret(token);
    if (secret === undefined)
      throw new OAuth1Error('token_rejected', 'The OAuth token is unknown.');
    const params = [...request.url.searchParams, ...request.form, ...request.oauthParams];
    const expected = await hmacSha1(
      signatureBaseString(request.method, request.url, params),
      client.secret,
      secret,
    );
    if (expected !== oauth.get('oauth_signature'))
      throw new OAuth1Error('signature_invalid', "The OAuth signature can't be verified.");
    const nonceKey = `${client.id}:${timestamp}:${oauth.get('oauth_nonce')}`;
    this.pruneNonces(nowS);
    if (this.nonces.has(nonceKey))
      throw new OAuth1Error('nonce_used', 'oauth_nonce was already used.');
    this.nonces.set(nonceKey, timestamp);
    return oauth;
  }

  private pruneNonces(nowS: number): void {
    for (const [key, ts] of this.nonces)
      if (ts < nowS - 2 * TIMESTAMP_WINDOW_S) this.nonces.delete(key);
  }

  /** Step A/B: a request token for the consumer. */
  async requestToken(request: SignedRequest) {
    const oauth = await this.verify(request, () => undefined);
    const token = randomToken();
    const secret = randomToken();
    this.requestTokens.set(token, {
      consumerKey: oauth.get('oauth_consumer_key') ?? '',
      secret,
      callback: oauth.get('oauth_callback') ?? 'oob',
    });
    return { oauth_token: token, oauth_token_secret: secret, oauth_callback_confirmed: 'true' };
  }

  /** Is this a request token that still waits for the user? */
  pendingRequestToken(token: string): boolean {
    const entry = this.requestTokens.get(token);
    return entry !== undefined && entry.verifier === undefined;
  }

  /** Step C/D: the user granted access; returns where to send them (or the verifier for `oob`). */
  authorize(token: string, userId: number): { redirect: string | null; verifier: string } {
    const entry = this.requestTokens.get(token);
    if (!entry || entry.verifier !== undefined)
      throw new OAuth1Error(
        'token_rejected',
        'The request token is unknown or already authorised.',
        400,
      );
    entry.verifier = randomToken(10);
    entry.userId = userId;
    if (entry.callback === 'oob') return { redirect: null, verifier: entry.verifier };
    const url = new URL(entry.callback);
    url.searchParams.set('oauth_token', token);
    url.searchParams.set('oauth_verifier', entry.verifier);
    return { redirect: url.href, verifier: entry.verifier };
  }

  /** Step E/F: exchanges an authorised request token and its verifier for an access token. */
  async accessToken(request: SignedRequest) {
    const oauth = await this.verify(request, (token) => this.requestTokens.get(token)?.secret);
    const token = oauth.get('oauth_token') ?? '';
    const entry = this.requestTokens.get(token);
    if (!entry || entry.consumerKey !== oauth.get('oauth_consumer_key'))
      throw new OAuth1Error('token_rejected', 'The request token is unknown.');
    if (entry.verifier === undefined || entry.userId === undefined)
      throw new OAuth1Error(
        'permission_unknown',
        'The user has not authorised this request token.',
      );
    if (entry.verifier !== oauth.get('oauth_verifier'))
      throw new OAuth1Error('verifier_invalid', 'oauth_verifier does not match.');
    this.requestTokens.delete(token);
    const access = randomToken();
    const secret = randomToken();
    this.accessTokens.set(access, {
      consumerKey: entry.consumerKey,
      secret,
      userId: entry.userId,
      revoked: false,
    });
    return { oauth_token: access, oauth_token_secret: secret };
  }

  /** Step G: checks a signed API request; returns the user and consumer behind its access token. */
  async authenticate(request: SignedRequest): Promise<{ userId: number; clientId: string }> {
    const oauth = await this.verify(request, (token) => this.accessTokens.get(token)?.secret);
    const entry = this.accessTokens.get(oauth.get('oauth_token') ?? '');
    if (!entry || entry.consumerKey !== oauth.get('oauth_consumer_key'))
      throw new OAuth1Error('token_rejected', 'The OAuth access token is not authorized.', 412);
    if (entry.revoked)
      throw new OAuth1Error('token_revoked', 'The OAuth access token has been revoked.', 403);
    return { userId: entry.userId, clientId: entry.consumerKey };
  }

  /** Every access token of a user for a consumer ends. */
  revokeAll(userId: number, clientId: string): number {
    let n = 0;
    for (const entry of this.accessTokens.values())
      if (entry.userId === userId && entry.consumerKey === clientId && !entry.revoked) {
        entry.revoked = true;
        n++;
      }
    return n;
  }
}
