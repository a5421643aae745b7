/**
 * Sharesight's OAuth 2.0 authorization server (authorization code grant): codes of 10
 * minutes, single use; access tokens of 1800 s with a refresh token; refresh rotates the
 * refresh token; revoke (RFC 7009) ends the grant. PKCE is checked when the authorize request
 * carried a `code_challenge` (sandbox behaviour: Sharesight documents none).
 */
import { verifyS256 } from '../../oauth/pkce.ts';
import { randomToken } from './random.ts';

export const ACCESS_TOKEN_LIFETIME_S = 1800;
const CODE_LIFETIME_MS = 10 * 60 * 1000;

/** A registered partner application (OAuth 2.0 client, also the OAuth 1.0a consumer). */
export interface SharesightClient {
  id: string;
  secret: string;
}

export const SHARESIGHT_DEMO_CLIENT: SharesightClient = {
  id: 'sharesight-demo-client',
  secret: 'sharesight-demo-secret',
};

interface Code {
  clientId: string;
  userId: number;
  redirectUri: string;
  challenge?: string;
  expiresAt: number;
}

export interface Grant {
  clientId: string;
  userId: number;
  createdAt: number;
  expiresAt: number;
  refreshToken: string;
  revoked: boolean;
}

export class OAuth2Error extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
  }
}

const token = () => randomToken();

export class OAuth2Server {
  private readonly codes = new Map<string, Code>();
  private readonly accessTokens = new Map<string, Grant>();
  private readonly refreshTokens = new Map<string, string>();
  /** Access-token lifetime, seconds (tests may shorten it). */
  accessTokenLifetimeS = ACCESS_TOKEN_LIFETIME_S;

  constructor(
    private readonly clients: readonly SharesightClient[],
    private readonly now: () => number,
  ) {}

  client(id: string): SharesightClient | undefined {
    return this.clients.find((c) => c.id === id);
  }

  /** Checks an authorize request; returns the client. */
  checkAuthorize(params: URLSearchParams): SharesightClient {
    if (params.get('response_type') !== 'code')
      throw new OAuth2Error('unsupported_response_type', 'response_type must be code');
    const client = this.client(params.get('client_id') ?? '');
    if (!client) throw new OAuth2Error('invalid_client', 'Unknown client_id');
    const redirect = params.get('redirect_uri') ?? '';
    if (!isLocalRedirect(redirect))
      throw new OAuth2Error(
        'invalid_redirect_uri',
        'redirect_uri is not registered for this client',
      );
    const method = params.get('code_challenge_method');
    if (params.get('code_challenge') && method !== 'S256')
      throw new OAuth2Error('invalid_request', 'code_challenge_method must be S256');
    return client;
  }

  issueCode(params: URLSearchParams, userId: number): string {
    const code = token();
    this.codes.set(code, {
      clientId: params.get('client_id') ?? '',
      userId,
      redirectUri: params.get('redirect_uri') ?? '',
      challenge: params.get('code_challenge') ?? undefined,
      expiresAt: this.now() + CODE_LIFETIME_MS,
    });
    return code;
  }

  /** `POST /oauth2/token`. */
  async token(form: URLSearchParams, basic: { id: string; secret: string } | null) {
    const id = basic?.id ?? form.get('client_id') ?? '';
    const secret = basic?.secret ?? form.get('client_secret') ?? '';
    const client = this.client(id);
    if (!client || client.secret !== secret)
      throw new OAuth2Error('invalid_client', 'Client authentication failed', 401);
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') return this.exchangeCode(client, form);
    if (grantType === 'refresh_token') return this.refresh(client, form.get('refresh_token') ?? '');
    throw new OAuth2Error(
      'unsupported_grant_type',
      'grant_type must be authorization_code or refresh_token',
    );
  }

  private async exchangeCode(client: SharesightClient, form: URLSearchParams) {
    const value = form.get('code') ?? '';
    const code = this.codes.get(value);
    this.codes.delete(value);
    if (!code || code.expiresAt <= this.now() || code.clientId !== client.id)
      throw new OAuth2Error(
        'invalid_grant',
        'The authorization code is invalid, expired or already used',
      );
    if (code.redirectUri !== form.get('redirect_uri'))
      throw new OAuth2Error(
        'invalid_grant',
        'redirect_uri does not match the authorization request',
      );
    if (code.challenge) {
      if (!(await verifyS256(form.get('code_verifier') ?? '', code.challenge)))
        throw new OAuth2Error('invalid_grant', 'PKCE verification failed');
    }
    return this.issue(client.id, code.userId);
  }

  private refresh(client: SharesightClient, refreshToken: string) {
    const access = this.refreshTokens.get(refreshToken);
    const grant = access ? this.accessTokens.get(access) : undefined;
    if (!access || !grant || grant.revoked || grant.clientId !== client.id)
      throw new OAuth2Error('invalid_grant', 'The refresh token is invalid or revoked');
    this.refreshTokens.delete(refreshToken);
    grant.revoked = true;
    return this.issue(client.id, grant.userId);
  }

  private issue(clientId: string, userId: number) {
    const access = token();
    const refresh = token();
    const createdAt = this.now();
    this.accessTokens.set(access, {
      clientId,
      userId,
      createdAt,
      expiresAt: createdAt + this.accessTokenLifetimeS * 1000,
      refreshToken: refresh,
      revoked: false,
    });
    this.refreshTokens.set(refresh, access);
    return {
      access_token: access,
      token_type: 'Bearer',
      expires_in: this.accessTokenLifetimeS,
      refresh_token: refresh,
      created_at: Math.floor(createdAt / 1000),
    };
  }

  /** `POST /oauth2/revoke`: an access or refresh token; unknown tokens are ignored (RFC 7009). */
  revoke(form: URLSearchParams, basic: { id: string; secret: string } | null): void {
    const id = basic?.id ?? form.get('client_id') ?? '';
    const client = this.client(id);
    if (!client || client.secret !== (basic?.secret ?? form.get('client_secret') ?? ''))
      throw new OAuth2Error('invalid_client', 'Client authentication failed', 401);
    const value = form.get('token') ?? '';
    const access = this.refreshTokens.get(value) ?? value;
    const grant = this.accessTokens.get(access);
    if (grant && grant.clientId === client.id) {
      grant.revoked = true;
      this.refreshTokens.delete(grant.refreshToken);
    }
  }

  /** Every grant of a user to a client ends (`POST /api/v3/oauth/revoke`). */
  revokeAll(userId: number, clientId: string): number {
    let n = 0;
    for (const grant of this.accessTokens.values()) {
      if (grant.userId === userId && grant.clientId === clientId && !grant.revoked) {
        grant.revoked = true;
        this.refreshTokens.delete(grant.refreshToken);
        n++;
      }
    }
    return n;
  }

  /** Seconds an access token has left. */
  expiresIn(grant: Grant): number {
    return Math.max(0, Math.floor((grant.expiresAt - this.now()) / 1000));
  }

  /** The grant behind a bearer token: `revoked`, `expired`, `unknown` or the grant. */
  lookup(access: string): Grant | 'revoked' | 'expired' | 'unknown' {
    const grant = this.accessTokens.get(access);
    if (!grant) return 'unknown';
    if (grant.revoked) return 'revoked';
    if (grant.expiresAt <= this.now()) return 'expired';
    return grant;
  }
}

/**
 * Redirect URIs on localhost / 127.0.0.1 on any port are accepted for every client (sandbox
 * behaviour: Sharesight checks them against the application's registered list).
 */
export function isLocalRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) &&
      !url.hash
    );
  } catch {
    return false;
  }
}
