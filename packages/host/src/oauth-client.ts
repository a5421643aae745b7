/**
 * The OAuth client side of the bridge, on `oauth4webapi`: the authorize URL with state and
 * PKCE, the code exchange and the refresh, each with the secret key sent only from this server.
 * Failures become a {@link BridgeError} with a message a person can read; no token is ever put
 * in one.
 */
import * as oauth from 'oauth4webapi';
import type { ResolvedOptions } from './options.ts';
import type { SessionState } from './sealed-cookies.ts';

/** Why a sign-in or a refresh failed: an OAuth-style code and a readable message. */
export class BridgeError extends Error {
  constructor(
    /** `state_mismatch`, `access_denied`, `invalid_grant`, `invalid_client`, `server_unreachable`, … */
    readonly code: string,
    message: string,
    /** The HTTP status the bridge answers with. */
    readonly status: number,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

/** Access tokens whose response gave no lifetime are taken to last 24 hours, as AutoShares documents. */
const DEFAULT_LIFETIME_S = 24 * 60 * 60;

export class OAuthClient {
  private readonly as: oauth.AuthorizationServer;
  private readonly client: oauth.Client;
  private readonly auth: oauth.ClientAuth;
  private readonly requestOptions: oauth.TokenEndpointRequestOptions;

  constructor(private readonly options: ResolvedOptions) {
    this.as = {
      issuer: options.issuer,
      authorization_endpoint: options.authorizeUrl,
      token_endpoint: options.tokenUrl,
    };
    this.client = { client_id: options.clientId };
    this.auth =
      options.clientAuthMethod === 'client_secret_basic'
        ? oauth.ClientSecretBasic(options.clientSecret)
        : oauth.ClientSecretPost(options.clientSecret);
    this.requestOptions = {
      [oauth.customFetch]: options.fetch,
      [oauth.allowInsecureRequests]: options.allowInsecureRequests,
    };
  }

  /** A fresh state and PKCE pair, and the authorize URL that carries them. */
  async startSignIn(): Promise<{ url: URL; state: string; codeVerifier: string }> {
    const state = oauth.generateRandomState();
    const codeVerifier = oauth.generateRandomCodeVerifier();
    const url = new URL(this.options.authorizeUrl);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', this.options.clientId);
    url.searchParams.set('redirect_uri', this.options.redirectUri);
    url.searchParams.set('state', state);
    url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
    url.searchParams.set('code_challenge_method', 'S256');
    if (this.options.scope) url.searchParams.set('scope', this.options.scope);
    return { url, state, codeVerifier };
  }

  /** Checks the callback's state and exchanges its code for tokens. */
  async finishSignIn(
    callbackUrl: URL,
    expected: { state: string; codeVerifier: string },
  ): Promise<SessionState> {
    let params: URLSearchParams;
    try {
      params = oauth.validateAuthResponse(this.as, this.client, callbackUrl, expected.state);
    } catch (error) {
      if (error instanceof oauth.AuthorizationResponseError) {
        const denied = error.error === 'access_denied';
        throw new BridgeError(
          error.error,
          denied
            ? 'Sign-in was cancelled: access to your AutoShares account was not granted.'
            : `AutoShares refused the sign-in request (${error.error}${error.error_description ? `: ${error.error_description}` : ''}).`,
          denied ? 403 : 400,
        );
      }
      throw new BridgeError(
        'state_mismatch',
        'This sign-in response does not belong to the sign-in started in this browser (state mismatch). Start again.',
        400,
      );
    }
    return this.tokenRequest(
      () =>
        oauth.authorizationCodeGrantRequest(
          this.as,
          this.client,
          this.auth,
          params,
          this.options.redirectUri,
          expected.codeVerifier,
          this.requestOptions,
        ),
      (response) => oauth.processAuthorizationCodeResponse(this.as, this.client, response),
      undefined,
    );
  }

  /** Gets a new access token with the refresh token. */
  async refresh(refreshToken: string): Promise<SessionState> {
    return this.tokenRequest(
      () =>
        oauth.refreshTokenGrantRequest(
          this.as,
          this.client,
          this.auth,
          refreshToken,
          this.requestOptions,
        ),
      (response) => oauth.processRefreshTokenResponse(this.as, this.client, response),
      refreshToken,
    );
  }

  private async tokenRequest(
    send: () => Promise<Response>,
    process: (response: Response) => Promise<oauth.TokenEndpointResponse>,
    previousRefreshToken: string | undefined,
  ): Promise<SessionState> {
    let response: Response;
    try {
      response = await send();
    } catch {
      throw new BridgeError(
        'server_unreachable',
        'AutoShares sign-in could not be reached. Try again shortly.',
        502,
      );
    }
    let tokens: oauth.TokenEndpointResponse;
    try {
      tokens = await process(response);
    } catch (error) {
      throw toBridgeError(error, response.status);
    }
    const lifetime = typeof tokens.expires_in === 'number' ? tokens.expires_in : DEFAULT_LIFETIME_S;
    const refreshToken = tokens.refresh_token ?? previousRefreshToken;
    return {
      accessToken: tokens.access_token,
      expiresAt: Date.now() + lifetime * 1000,
      ...(refreshToken ? { refreshToken } : {}),
    };
  }
}

const GRANT_MESSAGES: Record<string, string> = {
  invalid_grant:
    'AutoShares did not accept the sign-in (the code was already used, has expired, or does not belong to this site, or the session was revoked). Sign in again.',
  invalid_client:
    "AutoShares refused this site's client credentials. The site's AutoShares client id or secret key is misconfigured.",
  unauthorized_client: 'This site is not allowed to sign in to AutoShares this way.',
};

function toBridgeError(error: unknown, status: number): BridgeError {
  if (error instanceof oauth.ResponseBodyError) {
    const message =
      GRANT_MESSAGES[error.error] ?? `AutoShares refused the token request (${error.error}).`;
    const detail = error.error_description ? ` Details: ${error.error_description}` : '';
    return new BridgeError(
      error.error,
      message + detail,
      error.error === 'invalid_grant' ? 401 : 502,
    );
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError && status === 401) {
    return new BridgeError('invalid_client', GRANT_MESSAGES.invalid_client, 502);
  }
  return new BridgeError(
    'invalid_response',
    'AutoShares sign-in answered in a way this site could not understand.',
    502,
  );
}
