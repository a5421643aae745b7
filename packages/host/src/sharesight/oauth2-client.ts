/**
 * Sharesight's OAuth 2.0 on `oauth4webapi`: the authorize URL (state and PKCE), the code
 * exchange, the refresh and the revocation, each sent with the client secret from this server
 * only. Failures become a {@link BridgeError}; no token is ever put in one.
 */
import * as oauth from 'oauth4webapi';
import { BridgeError } from '../oauth-client.ts';
import type { SharesightBridgeOptions, SharesightGrant } from './options.ts';

/** Pending sign-in data kept server-side between connect and callback. */
export interface OAuth2Pending {
  state: string;
  codeVerifier: string;
}

export class SharesightOAuth2 {
  private readonly as: oauth.AuthorizationServer;
  private readonly client: oauth.Client;
  private readonly auth: oauth.ClientAuth;
  private readonly requestOptions: oauth.TokenEndpointRequestOptions;

  constructor(private readonly options: SharesightBridgeOptions) {
    const base = options.sharesightUrl.replace(/\/+$/, '');
    this.as = {
      issuer: base,
      authorization_endpoint: `${base}/oauth2/authorize`,
      token_endpoint: `${base}/oauth2/token`,
      revocation_endpoint: `${base}/oauth2/revoke`,
    };
    this.client = { client_id: options.clientId };
    this.auth = oauth.ClientSecretPost(options.clientSecret);
    this.requestOptions = {
      ...(options.fetch ? { [oauth.customFetch]: options.fetch } : {}),
      [oauth.allowInsecureRequests]: options.allowInsecureRequests ?? false,
    };
  }

  async start(): Promise<{ url: URL; pending: OAuth2Pending }> {
    const state = oauth.generateRandomState();
    const codeVerifier = oauth.generateRandomCodeVerifier();
    const url = new URL(this.as.authorization_endpoint ?? '');
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', this.options.clientId);
    url.searchParams.set('redirect_uri', this.options.redirectUri);
    url.searchParams.set('state', state);
    url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
    url.searchParams.set('code_challenge_method', 'S256');
    return { url, pending: { state, codeVerifier } };
  }

  async finish(callbackUrl: URL, pending: OAuth2Pending): Promise<SharesightGrant> {
    let params: URLSearchParams;
    try {
      params = oauth.validateAuthResponse(this.as, this.client, callbackUrl, pending.state);
    } catch (error) {
      if (error instanceof oauth.AuthorizationResponseError)
        throw new BridgeError(
          error.error,
          error.error === 'access_denied'
            ? 'Access to your Sharesight portfolios was not granted.'
            : `Sharesight refused the connection (${error.error}).`,
          error.error === 'access_denied' ? 403 : 400,
        );
      throw new BridgeError(
        'state_mismatch',
        'This Sharesight answer does not belong to a connection started here. Start again.',
        400,
      );
    }
    return this.tokens(
      () =>
        oauth.authorizationCodeGrantRequest(
          this.as,
          this.client,
          this.auth,
          params,
          this.options.redirectUri,
          pending.codeVerifier,
          this.requestOptions,
        ),
      (response) => oauth.processAuthorizationCodeResponse(this.as, this.client, response),
    );
  }

  refresh(refreshToken: string): Promise<SharesightGrant> {
    return this.tokens(
      () =>
        oauth.refreshTokenGrantRequest(
          this.as,
          this.client,
          this.auth,
          refreshToken,
          this.requestOptions,
        ),
      (response) => oauth.processRefreshTokenResponse(this.as, this.client, response),
    );
  }

  /** Revokes the refresh token (and with it the grant); best effort. */
  async revoke(grant: Extract<SharesightGrant, { kind: 'oauth2' }>): Promise<void> {
    try {
      const response = await oauth.revocationRequest(
        this.as,
        this.client,
        this.auth,
        grant.refreshToken ?? grant.accessToken,
        this.requestOptions,
      );
      await oauth.processRevocationResponse(response);
    } catch {
      // The grant is forgotten here whatever Sharesight answered.
    }
  }

  private async tokens(
    send: () => Promise<Response>,
    process: (response: Response) => Promise<oauth.TokenEndpointResponse>,
  ): Promise<SharesightGrant> {
    let response: Response;
    try {
      response = await send();
    } catch {
      throw new BridgeError(
        'server_unreachable',
        'Sharesight could not be reached. Try again shortly.',
        502,
      );
    }
    try {
      const tokens = await process(response);
      return {
        kind: 'oauth2',
        accessToken: tokens.access_token,
        ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
        expiresAt: Date.now() + (tokens.expires_in ?? 1800) * 1000,
      };
    } catch (error) {
      if (error instanceof oauth.ResponseBodyError)
        throw new BridgeError(
          error.error,
          error.error === 'invalid_grant'
            ? 'Sharesight no longer accepts this connection. Connect again.'
            : `Sharesight refused the token request (${error.error}).`,
          error.error === 'invalid_grant' ? 401 : 502,
        );
      throw new BridgeError(
        'invalid_response',
        'Sharesight answered in a way this site could not understand.',
        502,
      );
    }
  }
}
